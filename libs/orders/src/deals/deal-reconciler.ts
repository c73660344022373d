import { Inject, Injectable, Logger } from '@nestjs/common';
import { CatalogService } from '@livefair/catalog';
import { TransactionalConnection } from '@livefair/core';
import { In } from 'typeorm';
import { Order } from '../entities/order.entity';
import { DealBatch } from './deal-batch';
import { DealMetrics } from './deal-metrics';
import { DealSignals } from './deal-signals';
import { FlashDeal } from './entities/flash-deal.entity';
import { DealCounters, RESERVATION_STORE, ReconcileReport, ReservationStore } from './reservation-store';

/** A pending reservation this old whose order is not in MySQL is given back (its process died, or its COMMIT failed). */
export const STALE_PENDING_MS = 20_000;
/** Only one process rebuilds a deal's counters at a time; the others wait and retry. */
const REBUILD_LOCK_MS = 5000;

export const countersOf = (d: FlashDeal): DealCounters => ({
  quantity: d.quantity,
  sold: d.sold,
  perBuyerLimit: d.perBuyerLimit,
  status: d.status,
  endsAtMs: d.endsAt.getTime(),
});

/**
 * Keeps the reservation store honest against MySQL. Both operations hold the deal's row lock
 * (the group-commit writer waits meanwhile), so what they read from MySQL and what they write to
 * the store are one consistent picture:
 * - rebuild: a deal with no counters in the store (never loaded, Redis restarted or lost keys)
 *   gets them from MySQL: remaining = quantity - sold, each buyer's holdings, every order's marker;
 * - reconcile: pending reservations whose orders exist are kept as held, stale ones are given
 *   back, and remaining (quantity - sold - pending) and each buyer's units are compared and fixed;
 *   `sold` itself is checked against the orders (orders cancelled elsewhere come back to the deal
 *   this way), and an ended deal gives the SKU any units it still owes, exactly once.
 * Every fix is counted in livefair_deal_reconcile_fixes_total and logged.
 */
@Injectable()
export class DealReconciler {
  private readonly logger = new Logger('DealReconciler');
  private readonly rebuilding = new Map<string, Promise<boolean>>();

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly batch: DealBatch,
    private readonly catalog: CatalogService,
    @Inject(RESERVATION_STORE) private readonly store: ReservationStore,
    private readonly metrics: DealMetrics,
    private readonly signals: DealSignals,
  ) {}

  /** Rebuilds the deal's counters; false when another process is at it (retry shortly). One at a time per process. */
  rebuild(dealId: string): Promise<boolean> {
    let running = this.rebuilding.get(dealId);
    if (!running) {
      running = this.rebuildOnce(dealId).finally(() => this.rebuilding.delete(dealId));
      this.rebuilding.set(dealId, running);
    }
    return running;
  }

  private async rebuildOnce(dealId: string): Promise<boolean> {
    const lock = `rebuild:${dealId}`;
    if (!(await this.store.lock(lock, REBUILD_LOCK_MS))) return false;
    try {
      await this.tx.run(async () => {
        const deal = await this.batch.lockDeal(dealId);
        if (!deal) return;
        const holdings = await this.batch.holdings(dealId);
        const markers = await this.tx
          .getRepository(Order)
          .find({ select: { id: true, buyerId: true, idempotencyKey: true }, where: { dealId } });
        await this.store.load(
          dealId,
          countersOf(deal),
          holdings,
          markers.map((o) => ({ buyerId: o.buyerId, key: o.idempotencyKey, orderId: o.id })),
        );
        this.logger.log(
          `rebuilt the counters of deal ${dealId} from MySQL (${deal.quantity - deal.sold} left, ${markers.length} orders)`,
        );
      });
      this.metrics.reconcileFixes.inc({ kind: 'rebuilt' });
      return true;
    } finally {
      await this.store.unlock(lock).catch(() => undefined);
    }
  }

  async reconcile(dealId: string): Promise<ReconcileReport | null> {
    let sessionId = '';
    const report = await this.tx.run(async () => {
      const deal = await this.batch.lockDeal(dealId);
      if (!deal) return null;
      sessionId = deal.sessionId;
      const holdings = await this.batch.holdings(dealId);
      await this.checkSold(deal, holdings);
      if (deal.status === 'ended') await this.repaySku(deal);
      const pending = await this.store.pending(dealId);
      if (!pending) return null; // no counters: the first buy rebuilds them
      const ids = pending.map((p) => p.resId);
      const found = ids.length
        ? new Set((await this.tx.getRepository(Order).find({ select: { id: true }, where: { id: In(ids) } })).map((o) => o.id))
        : new Set<string>();
      const cutoff = Date.now() - STALE_PENDING_MS;
      return this.store.reconcile(dealId, {
        counters: countersOf(deal),
        buyerSums: holdings,
        committed: ids.filter((id) => found.has(id)),
        stale: pending.filter((p) => !found.has(p.resId) && p.atMs < cutoff).map((p) => p.resId),
      });
    });
    if (report && !report.missing) this.record(dealId, report);
    if (report?.state) this.signals.stock(dealId, sessionId, report.state);
    return report;
  }

  /** `sold` must equal the units of the deal's orders in HOLDING_STATUSES (orders cancelled elsewhere lower it). */
  private async checkSold(deal: FlashDeal, holdings: ReadonlyMap<string, number>): Promise<void> {
    const held = [...holdings.values()].reduce((a, b) => a + b, 0);
    if (held === deal.sold) return;
    this.logger.warn(`deal ${deal.id}: sold was ${deal.sold}, its orders hold ${held}; fixed`);
    this.metrics.reconcileFixes.inc({ kind: 'sold' });
    await this.tx.getRepository(FlashDeal).update({ id: deal.id }, { sold: held });
    deal.sold = held;
  }

  /** An ended deal owes the SKU every unit not held by its orders and not yet returned. */
  private async repaySku(deal: FlashDeal): Promise<void> {
    const owed = deal.quantity - deal.sold - deal.returnedToSku;
    if (owed === 0) return;
    if (owed < 0) {
      this.logger.error(
        `deal ${deal.id}: sold ${deal.sold} + returned ${deal.returnedToSku} exceed its quantity ${deal.quantity}`,
      );
      return;
    }
    await this.catalog.returnStock(deal.skuId, owed);
    await this.tx.getRepository(FlashDeal).update({ id: deal.id }, { returnedToSku: deal.returnedToSku + owed });
    deal.returnedToSku += owed;
    this.metrics.reconcileFixes.inc({ kind: 'returned' });
    this.logger.log(`deal ${deal.id}: ${owed} units released after its end went back to the SKU`);
  }

  private record(dealId: string, r: ReconcileReport): void {
    const fixes: [string, number][] = [
      ['remaining', r.remainingFixed],
      ['buyers', r.buyersFixed],
      ['meta', r.metaFixed],
      ['pending-committed', r.committed],
      ['pending-released', r.released],
    ];
    const found = fixes.filter(([, n]) => n > 0);
    for (const [kind, n] of found) this.metrics.reconcileFixes.inc({ kind }, n);
    if (found.length)
      this.logger.warn(
        `deal ${dealId}: Redis disagreed with MySQL and was fixed (${found.map(([k, n]) => `${k} ${n}`).join(', ')}; remaining ${r.remainingBefore} -> ${r.remainingAfter})`,
      );
  }
}
