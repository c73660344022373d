import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError } from '@livefair/core';
import { Repository } from 'typeorm';
import { FlashDeal } from './entities/flash-deal.entity';
import { DealSignals } from './deal-signals';

/** A session's running deals are read again after this long (changes made here apply at once). */
const ACTIVE_TTL_MS = 1000;
const MAX_CACHED = 2000;

/**
 * This process's view of deals: rows by id (what a buy needs never changes after the start, so
 * they are kept; the status follows the bus) and each session's running deals, read once a second
 * for a crowd of viewers joining at once. Never used to decide a sale: the store and MySQL do.
 */
@Injectable()
export class DealDirectory implements OnModuleInit {
  private readonly byId = new Map<string, FlashDeal>();
  private readonly active = new Map<string, { at: number; deals: Promise<FlashDeal[]> }>();

  constructor(
    @InjectRepository(FlashDeal) private readonly deals: Repository<FlashDeal>,
    private readonly signals: DealSignals,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.signals.subscribe((s) => {
      if (s.t === 'started') this.active.delete(s.deal.sessionId);
      if (s.t === 'ended') this.markEnded(s.dealId, s.sessionId);
    });
  }

  /** The deal (cached), DEAL_NOT_FOUND when there is none. */
  async get(id: string): Promise<FlashDeal> {
    const cached = this.byId.get(id);
    if (cached) return cached;
    const row = await this.deals.findOne({ where: { id } });
    if (!row) throw DomainError.notFound('DEAL_NOT_FOUND', 'Flash deal', id);
    this.remember(row);
    return row;
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
