import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, isUniqueViolation } from '@livefair/core';
import { BuyItem, DealBatch, Decision } from './deal-batch';
import { DealMetrics } from './deal-metrics';
import { DealSignals } from './deal-signals';
import { FlashDeal } from './entities/flash-deal.entity';
import { maskName } from './mask-name';
import { RESERVATION_STORE, ReservationStore } from './reservation-store';
import { isDatabaseDown, serviceUnavailable } from './unavailable';

/** Most reservations one transaction commits. */
const MAX_BATCH = 500;
/**
 * Transactions of one deal in flight from one process. They write their rows side by side and take
 * the deal's row lock in turn only for the final check and COMMIT (DealBatch).
 */
const MAX_IN_FLIGHT = 2;
/** After a failed transaction, buys are answered 503 at once for this long instead of queueing. */
const BREAKER_MS = 1000;
/** Tries of one batch that lost a race on the (buyer, key) index to another order, or was chosen as a deadlock's victim. */
const DUPLICATE_RETRIES = 3;

interface Waiting {
  item: BuyItem;
  resolve: (d: Decision) => void;
}

interface Lane {
  deal: FlashDeal;
  items: Waiting[];
  /** Transactions of this deal in flight from this process. */
  inFlight: number;
  /** A batch is about to start (gathering the requests of this turn of the event loop). */
  starting: boolean;
}

/**
 * The per-process group-commit writer of flash-deal orders. Reservations queue per deal; while
 * a deal's transactions are in flight (MAX_IN_FLIGHT) the next batch accumulates, so under a burst
 * each COMMIT (one fsync) carries hundreds of orders. Only after COMMIT does a request hear
 * `confirmed`; reservations MySQL refused are released at once. If a transaction fails before its
 * COMMIT its reservations are released; if the COMMIT itself fails the outcome is unknown and they
 * stay pending: the reconciler keeps them if their orders exist (the order id is the reservation
 * id) and releases them otherwise. Either way the requests get 503: nothing was confirmed.
 */
@Injectable()
export class DealWriter {
  private readonly logger = new Logger('DealWriter');
  private readonly lanes = new Map<string, Lane>();
  private queued = 0;
  private downUntil = 0;

  constructor(
    private readonly batch: DealBatch,
    @Inject(RESERVATION_STORE) private readonly store: ReservationStore,
    private readonly signals: DealSignals,
    private readonly metrics: DealMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Refuses new work while the queue is full or the database was just found down (no reservation is made then). */
  admit(): void {
    if (Date.now() < this.downUntil) throw serviceUnavailable('The database');
    if (this.queued >= this.config.deals.queueMax)
      throw new DomainError('DEAL_BUSY', 'Too many buyers at once here; retry in a moment with the same Idempotency-Key');
  }

  submit(deal: FlashDeal, item: BuyItem): Promise<Decision> {
    let lane = this.lanes.get(deal.id);
    if (!lane) this.lanes.set(deal.id, (lane = { deal, items: [], inFlight: 0, starting: false }));
    const decided = new Promise<Decision>((resolve) => lane.items.push({ item, resolve }));
    this.queued++;
    this.metrics.queueDepth.set(this.queued);
    this.pump(lane);
    return decided;
  }

  get depth(): number {
    return this.queued;
  }

  /** Starts the next batch if a transaction slot is free: at the next turn of the event loop, with everything queued by then. */
  private pump(lane: Lane): void {
    if (lane.starting || lane.inFlight >= MAX_IN_FLIGHT) return;
    if (!lane.items.length) {
      if (!lane.inFlight && this.lanes.get(lane.deal.id) === lane) this.lanes.delete(lane.deal.id);
      return;
    }
    lane.starting = true;
    setImmediate(() => {
      lane.starting = false;
      const batch = lane.items.splice(0, MAX_BATCH);
      if (batch.length) {
        this.queued -= batch.length;
        this.metrics.queueDepth.set(this.queued);
        lane.inFlight++;
        void this.commit(lane.deal, batch)
          .catch((err: unknown) => {
            this.logger.error({ err }, 'flash-deal batch failed unexpectedly');
            for (const w of batch) w.resolve({ kind: 'refused', error: serviceUnavailable('The order service') });
          })
          .finally(() => {
            lane.inFlight--;
            this.pump(lane);
          });
      }
      this.pump(lane);
    });
  }

  private async commit(deal: FlashDeal, batch: Waiting[]): Promise<void> {
    const items = batch.map((w) => w.item);
    let committing = false;
    let decisions: Decision[] | null = null;
    let settled: Promise<void> = Promise.resolve();
    // The moment COMMIT returns the orders are durable: the buyers are answered and Redis hears of
    // it (markers of committed keys, reservations released) at once, while other contexts'
    // after-commit work (analytics records the orders) runs; this batch's slot stays taken until
    // both are done.
    const onCommitted = (d: Decision[]) => {
      batch.forEach((w, i) => w.resolve(d[i]));
      settled = this.settle(deal, items, d);
    };
    for (let attempt = 1; !decisions; attempt++) {
      try {
        committing = false;
        decisions = await this.batch.run(deal, items, () => (committing = true), onCommitted);
      } catch (err) {
        if ((isUniqueViolation(err) || isDeadlock(err)) && attempt < DUPLICATE_RETRIES) continue;
        return this.failed(deal, batch, err, committing);
      }
    }
    this.metrics.batches.inc({ result: 'committed' });
    await settled;
  }

  /** After COMMIT: the store learns what was committed and what was refused; the room's ticker hears of the last order. */
  private async settle(deal: FlashDeal, items: BuyItem[], decisions: Decision[]): Promise<void> {
    const confirmed = decisions.flatMap((d, i) => (d.kind === 'confirmed' ? [{ order: d.order, item: items[i] }] : []));
    const released = items.filter((_, i) => decisions[i].kind !== 'confirmed').map((i) => i.res);
    this.metrics.batchOrders.inc(confirmed.length);
    // The orders are committed whatever happens to Redis next.
    await this.settleStore(
      deal,
      confirmed.map((c) => c.item.res),
      released,
    );
    const last = confirmed[confirmed.length - 1];
    if (last) {
      const o = last.order;
      this.signals.ticker(deal.sessionId, {
        orderId: o.id,
        buyerName: maskName(o.buyerName),
        productName: o.productName,
        quantity: o.quantity,
        amountFen: o.totalFen,
        at: o.createdAt.toISOString(),
        dealId: deal.id,
      });
    }
  }

  private async settleStore(deal: FlashDeal, committed: BuyItem['res'][], released: BuyItem['res'][]): Promise<void> {
    try {
      if (committed.length) this.signals.stock(deal.id, deal.sessionId, await this.store.commit(deal.id, committed));
      if (released.length) this.signals.stock(deal.id, deal.sessionId, await this.store.release(deal.id, released));
    } catch (err) {
      // Pending entries stay; the reconciler resolves them from MySQL (the order id is the reservation id).
      this.logger.warn(
        { err },
        `could not settle ${committed.length + released.length} reservations of deal ${deal.id} in the store`,
      );
    }
  }

  private async failed(deal: FlashDeal, batch: Waiting[], err: unknown, committing: boolean): Promise<void> {
    this.metrics.batches.inc({ result: committing ? 'unknown' : 'failed' });
    if (isDatabaseDown(err)) {
      this.downUntil = Date.now() + BREAKER_MS;
      this.logger.warn({ err }, `database unavailable; ${batch.length} flash-deal reservations not confirmed`);
    } else {
      this.logger.error({ err }, `flash-deal batch of ${batch.length} failed`);
    }
    for (const w of batch) w.resolve({ kind: 'refused', error: serviceUnavailable('The database') });
    if (committing) return; // outcome unknown: the reconciler decides from MySQL
    await this.store
      .release(
        deal.id,
        batch.map((w) => w.item.res),
      )
      .then((s) => this.signals.stock(deal.id, deal.sessionId, s))
      .catch((e: unknown) => this.logger.warn({ err: e }, 'could not release reservations after a failed batch'));
  }
}

/** InnoDB rolled the transaction back to break a deadlock: running it again is the documented answer. */
function isDeadlock(err: unknown): boolean {
  const e = err as { driverError?: { code?: string; errno?: number } } | undefined;
  return e?.driverError?.code === 'ER_LOCK_DEADLOCK' || e?.driverError?.errno === 1213;
}
