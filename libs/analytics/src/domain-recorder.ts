import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents, OnDomainEvent, OnDomainEvents } from '@livefair/core';
import { DataSource } from 'typeorm';
import { RawEvent } from './entities/raw-event.entity';
import { BoothDirectory } from './ingest/booth-directory';
import { IngestService } from './ingest/ingest.service';

/**
 * Inquiries and orders come from the leads and orders contexts' events, never from a client. An
 * order names no booth: it is attributed to the booth of its seller that the buyer visited last
 * (by the buyer's userId in the raw events); an order without such a visit is stored unattributed
 * and counts in no booth's funnel.
 */
@Injectable()
export class DomainRecorder {
  constructor(
    private readonly ingest: IngestService,
    private readonly directory: BoothDirectory,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  @OnDomainEvent('leads.inquiry-created')
  async onInquiry(e: DomainEvents['leads.inquiry-created']): Promise<void> {
    const place = await this.directory.booth(e.boothId);
    await this.ingest.record(
      serverEvent({
        id: e.leadId,
        type: 'inquiry',
        visitorId: e.buyerId,
        userId: e.buyerId,
        expoId: place?.expoId ?? e.expoId ?? '',
        hallId: place?.hallId ?? null,
        boothId: e.boothId,
        enterpriseId: e.enterpriseId,
        refId: e.leadId,
        valueFen: 0,
        occurredAt: new Date(e.at),
      }),
    );
  }

  /**
   * Orders, as many as one transaction placed (a flash deal's batch: hundreds) in two queries and
   * one INSERT: each buyer's last visit to a booth of the seller (the latest by `seq`), then the
   * rows.
   */
  @OnDomainEvents('orders.order-placed')
  async onOrders(events: readonly DomainEvents['orders.order-placed'][]): Promise<void> {
    const places = new Map<string, Pick<RawEvent, 'expoId' | 'hallId' | 'boothId'>>();
    const byEnterprise = new Map<string, Set<string>>();
    for (const e of events) {
      const set = byEnterprise.get(e.enterpriseId) ?? new Set<string>();
      set.add(e.buyerId);
      byEnterprise.set(e.enterpriseId, set);
    }
    for (const [enterpriseId, buyers] of byEnterprise) {
      const latest = await this.ds
        .getRepository(RawEvent)
        .createQueryBuilder('r')
        .select('MAX(r.seq)', 'seq')
        .where('r.enterpriseId = :enterpriseId AND r.boothId IS NOT NULL AND r.userId IN (:...buyers)', {
          enterpriseId,
          buyers: [...buyers],
        })
        .groupBy('r.userId')
        .getRawMany<{ seq: string | number }>();
      if (!latest.length) continue;
      const rows = await this.ds
        .getRepository(RawEvent)
        .createQueryBuilder('r')
        .select(['r.userId', 'r.expoId', 'r.hallId', 'r.boothId'])
        .where('r.seq IN (:...seqs)', { seqs: latest.map((l) => Number(l.seq)) })
        .getMany();
      for (const r of rows) places.set(`${enterpriseId}|${r.userId}`, r);
    }
    const now = new Date();
    await this.ingest.record(
      ...events.map((e) => {
        const last = places.get(`${e.enterpriseId}|${e.buyerId}`);
        return serverEvent({
          id: e.orderId,
          type: 'order',
          visitorId: e.buyerId,
          userId: e.buyerId,
          expoId: last?.expoId ?? '',
          hallId: last?.hallId ?? null,
          boothId: last?.boothId ?? null,
          enterpriseId: e.enterpriseId,
          refId: e.orderId,
          valueFen: e.totalFen,
          occurredAt: now,
        });
      }),
    );
  }
}

function serverEvent(fields: Omit<RawEvent, 'seq' | 'visitId' | 'watching' | 'receivedAt'>): RawEvent {
  return Object.assign(new RawEvent(), { ...fields, visitId: null, watching: false, receivedAt: new Date() });
}
