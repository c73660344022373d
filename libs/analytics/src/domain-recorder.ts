import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents, OnDomainEvent } from '@livefair/core';
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

  @OnDomainEvent('orders.order-placed')
  async onOrder(e: DomainEvents['orders.order-placed']): Promise<void> {
    const last = await this.ds
      .getRepository(RawEvent)
      .createQueryBuilder('r')
      .select(['r.expoId', 'r.hallId', 'r.boothId'])
      .where('r.userId = :userId AND r.enterpriseId = :enterpriseId AND r.boothId IS NOT NULL', {
        userId: e.buyerId,
        enterpriseId: e.enterpriseId,
      })
      .orderBy('r.seq', 'DESC')
      .limit(1)
      .getOne();
    await this.ingest.record(
      serverEvent({
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
        occurredAt: new Date(),
      }),
    );
  }
}

function serverEvent(fields: Omit<RawEvent, 'seq' | 'visitId' | 'watching' | 'receivedAt'>): RawEvent {
  return Object.assign(new RawEvent(), { ...fields, visitId: null, watching: false, receivedAt: new Date() });
}
