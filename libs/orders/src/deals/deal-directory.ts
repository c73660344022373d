import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError } from '@livefair/core';
import { Repository } from 'typeorm';
import { FlashDeal } from './entities/flash-deal.entity';
import { DealSignal, DealSignals } from './deal-signals';

/** A session's running deals are read again after this long (changes made here apply at once). */
const ACTIVE_TTL_MS = 1000;
const MAX_CACHED = 2000;
/** An id with no deal is answered from memory for this long (a client retrying a bad id costs no query). */
const MISS_TTL_MS = 5000;

/**
 * This process's view of deals: rows by id (what a buy needs never changes after the start, so
 * they are kept; the status follows the bus) and each session's running deals, read once a second
 * for a crowd of viewers joining at once. Never used to decide a sale: the store and MySQL do.
 */
@Injectable()
export class DealDirectory implements OnModuleInit {
  private readonly byId = new Map<string, FlashDeal>();
  private readonly misses = new Map<string, number>();
  /** Lookups in flight: a crowd asking for a deal this process does not know yet makes one query. */
  private readonly loading = new Map<string, Promise<FlashDeal>>();
  private readonly active = new Map<string, { at: number; deals: Promise<FlashDeal[]> }>();

  constructor(
    @InjectRepository(FlashDeal) private readonly deals: Repository<FlashDeal>,
    private readonly signals: DealSignals,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.signals.subscribe((s) => {
      if (s.t === 'started') {
        this.active.delete(s.deal.sessionId);
        if (!this.byId.has(s.deal.id)) this.remember(fromView(s.deal));
      }
      if (s.t === 'ended') this.markEnded(s.dealId, s.sessionId);
    });
  }

  /** The deal if this process knows it (no promise: the buy path's common case). */
  cached(id: string): FlashDeal | undefined {
    return this.byId.get(id);
  }

  /** The deal (cached), DEAL_NOT_FOUND when there is none. */
  get(id: string): Promise<FlashDeal> {
    const cached = this.byId.get(id);
    if (cached) return Promise.resolve(cached);
    const missed = this.misses.get(id);
    if (missed !== undefined && Date.now() - missed < MISS_TTL_MS)
      return Promise.reject(DomainError.notFound('DEAL_NOT_FOUND', 'Flash deal', id));
    let loading = this.loading.get(id);
    if (!loading) {
      loading = this.load(id).finally(() => this.loading.delete(id));
      this.loading.set(id, loading);
    }
    return loading;
  }

  private async load(id: string): Promise<FlashDeal> {
    const row = await this.deals.findOne({ where: { id } });
    if (!row) {
      if (this.misses.size >= MAX_CACHED) this.misses.clear();
      this.misses.set(id, Date.now());
      throw DomainError.notFound('DEAL_NOT_FOUND', 'Flash deal', id);
    }
    return this.remember(row);
  }

  /** The session's running deals, oldest first. */
  activeOf(sessionId: string): Promise<FlashDeal[]> {
    const hit = this.active.get(sessionId);
    if (hit && Date.now() - hit.at < ACTIVE_TTL_MS) return hit.deals;
    const deals = this.deals
      .find({ where: { sessionId, status: 'active' }, order: { startsAt: 'ASC' } })
      .then((rows) => rows.map((r) => this.remember(r)));
    this.active.set(sessionId, { at: Date.now(), deals });
    deals.catch(() => this.active.delete(sessionId));
    return deals;
  }

  /** A row read or written here (fresher than what is cached). */
  remember(row: FlashDeal): FlashDeal {
    if (this.byId.size >= MAX_CACHED && !this.byId.has(row.id)) this.byId.delete(this.byId.keys().next().value!);
    this.byId.set(row.id, row);
    this.misses.delete(row.id);
    return row;
  }

  forgetSession(sessionId: string): void {
    this.active.delete(sessionId);
  }

  private markEnded(dealId: string, sessionId: string): void {
    const row = this.byId.get(dealId);
    if (row && row.status === 'active') this.byId.set(dealId, Object.assign(new FlashDeal(), row, { status: 'ended' }));
    this.active.delete(sessionId);
  }
}

/** What a buy needs of a deal, from the `started` news (so a crowd's first taps here wait for no query). */
function fromView(v: Extract<DealSignal, { t: 'started' }>['deal']): FlashDeal {
  return Object.assign(new FlashDeal(), {
    id: v.id,
    sessionId: v.sessionId,
    boothId: v.boothId,
    enterpriseId: v.enterpriseId,
    skuId: v.skuId,
    productId: v.productId,
    productName: v.productName,
    skuCode: v.skuCode,
    specs: v.specs,
    unit: v.unit,
    retailPriceFen: v.retailPriceFen,
    priceFen: v.priceFen,
    quantity: v.quantity,
    sold: v.quantity - v.remaining,
    perBuyerLimit: v.perBuyerLimit,
    startsAt: new Date(v.startsAt),
    endsAt: new Date(v.endsAt),
    status: v.status,
    endReason: v.endReason,
    endedAt: v.endedAt ? new Date(v.endedAt) : null,
    returnedToSku: 0,
    activeSlot: null,
    createdBy: '',
    createdAt: new Date(v.startsAt),
  });
}
