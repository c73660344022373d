import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, JobHandler, TransactionalConnection } from '@livefair/core';
import { LiveSessionService } from '@livefair/live';
import { MoreThan } from 'typeorm';
import { DealExpiry } from './deal-expiry';
import { DealReconciler } from './deal-reconciler';
import { DealSignals } from './deal-signals';
import { DealService } from './deal.service';
import { FlashDeal } from './entities/flash-deal.entity';
import { RESERVATION_STORE, ReservationStore } from './reservation-store';

/**
 * Ended deals are still reconciled this long past pay time after their end: a backstop for units
 * released after the end (expiry returns its own; a cancellation triggers a reconcile at once).
 */
const ENDED_CHECK_AFTER_PAY_MS = 10 * 60_000;
const ENDED_CHECK_BATCH = 50;
/** A deal ends this long after its end time at the latest on this process's timer (sweeps catch any missed). */
const END_TIMER_SLACK_MS = 20;

/**
 * What keeps flash deals moving without a request: deals past their end time (or whose session
 * ended) end, unpaid orders expire, and the reservation store is reconciled with MySQL.
 *
 * It runs as the worker's repeat job, and also on a timer in every process that hosts the
 * orders context (each sweep takes a short lock shared by all processes, so one runs per period):
 * Bull keeps its repeat schedule in Redis, which a Redis restart empties until the worker
 * restarts, and the deals must not wait for that. Every process also reconciles the running
 * deals when it starts, and sets a timer for each running deal's end so a deal ends on time.
 */
@Injectable()
export class DealSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DealSweeper');
  private timer: NodeJS.Timeout | null = null;
  private readonly endTimers = new Map<string, NodeJS.Timeout>();
  private running: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly deals: DealService,
    private readonly expiry: DealExpiry,
    private readonly reconciler: DealReconciler,
    private readonly sessions: LiveSessionService,
    private readonly signals: DealSignals,
    @Inject(RESERVATION_STORE) private readonly store: ReservationStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.signals.subscribe((s) => {
      if (s.t === 'started') this.endAt(s.deal.id, Date.parse(s.deal.endsAt));
      if (s.t === 'ended') this.clearEnd(s.dealId);
    });
    const every = this.config.deals.sweepMs;
    this.timer = setInterval(() => void this.sweep().catch(() => undefined), every);
    this.timer.unref();
    // The start-up check: running deals get their end timers and are compared with MySQL now.
    setImmediate(() => void this.sweep(true).catch(() => undefined));
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    for (const t of this.endTimers.values()) clearTimeout(t);
    this.endTimers.clear();
    await this.running?.catch(() => undefined);
  }

  @JobHandler('orders.deals.sweep')
  async sweepJob(): Promise<void> {
    await this.sweep();
  }

  /** One sweep; `always` skips the shared lock (a process's start-up check). */
  sweep(always = false): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.running ??= this.sweepOnce(always).finally(() => (this.running = null));
    return this.running;
  }

  private async sweepOnce(always: boolean): Promise<void> {
    const lockMs = Math.max(500, this.config.deals.sweepMs - 200);
    // Without the lock's store (Redis down) sweep anyway: every step is safe to run twice.
    const mine = always || (await this.store.lock('sweep', lockMs).catch(() => true));
    if (!mine) return;
    try {
      const active = await this.deals.activeDeals();
      for (const d of active) this.endAt(d.id, d.endsAt.getTime());
      await this.endFinished(active);
      await this.expiry.expireDue();
      const ended = await this.tx.getRepository(FlashDeal).find({
        select: { id: true },
        where: { status: 'ended', endedAt: MoreThan(new Date(Date.now() - this.config.deals.payMs - ENDED_CHECK_AFTER_PAY_MS)) },
        order: { endedAt: 'DESC' },
        take: ENDED_CHECK_BATCH,
      });
      const stillActive = active.filter((d) => d.status === 'active' && d.endsAt.getTime() > Date.now());
      for (const id of [...stillActive.map((d) => d.id), ...ended.map((d) => d.id)]) {
        if (this.closed) return;
        await this.reconciler.reconcile(id).catch((err: unknown) => this.logger.warn({ err }, `could not reconcile deal ${id}`));
      }
    } catch (err) {
      this.logger.warn({ err }, 'flash-deal sweep failed; the next one retries');
    }
  }

  /** Deals past their end time, or whose session has ended. */
  private async endFinished(active: FlashDeal[]): Promise<void> {
    const now = Date.now();
    const sessionIds = [...new Set(active.map((d) => d.sessionId))];
    const ended = new Set<string>();
    for (const id of sessionIds) {
      const s = await this.sessions.get(id).catch(() => null);
      if (!s || s.status === 'ended') ended.add(id);
    }
    for (const d of active) {
      if (d.endsAt.getTime() <= now) await this.deals.finish(d.id, 'time');
      else if (ended.has(d.sessionId)) await this.deals.finish(d.id, 'session-ended');
      else continue;
      d.status = 'ended';
    }
  }

  private endAt(dealId: string, endsAtMs: number): void {
    if (this.closed || this.endTimers.has(dealId)) return;
    const t = setTimeout(
      () => {
        this.endTimers.delete(dealId);
        void this.deals.finish(dealId, 'time').catch((err: unknown) => this.logger.warn({ err }, `could not end deal ${dealId}`));
      },
      Math.max(0, endsAtMs - Date.now()) + END_TIMER_SLACK_MS,
    );
    t.unref();
    this.endTimers.set(dealId, t);
  }

  private clearEnd(dealId: string): void {
    const t = this.endTimers.get(dealId);
    if (t) clearTimeout(t);
    this.endTimers.delete(dealId);
  }
}
