import {
  DealCounters,
  markerField,
  PendingEntry,
  ReconcileInput,
  ReconcileReport,
  Reservation,
  ReservationStore,
  ReserveOutcome,
  StockState,
} from './reservation-store';

interface DealState {
  quantity: number;
  remaining: number;
  limit: number;
  status: 'active' | 'ended';
  endsAtMs: number;
  version: number;
  rebuiltAtMs: number;
  buyers: Map<string, number>;
  pending: Map<string, PendingEntry>;
}

/**
 * The embedded default's reservation store: the Redis scripts' semantics (redis-scripts.ts) on
 * maps in this process. Every operation runs to completion before the next (one event loop), as
 * each Lua script does in Redis. Lost with the process, and rebuilt from the database as Redis is.
 */
export class InProcessReservationStore implements ReservationStore {
  readonly kind = 'in-process' as const;
  private readonly deals = new Map<string, DealState>();
  /** Outlive the counters, as the Redis markers hash does. */
  private readonly markers = new Map<string, Map<string, string>>();
  private readonly locks = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async reserve(dealId: string, r: Reservation): Promise<ReserveOutcome> {
    const d = this.deals.get(dealId);
    if (!d) return { kind: 'missing' };
    const marks = this.markersOf(dealId);
    const field = markerField(r.buyerId, r.key);
    const marker = marks.get(field);
    if (marker?.startsWith('o:')) return { kind: 'done', orderId: marker.slice(2) };
    if (marker && d.pending.has(marker.slice(2))) return { kind: 'busy' };
    const now = this.now();
    const refuse = (reason: 'ended' | 'sold-out' | 'short' | 'limit', value: number): ReserveOutcome => ({
      kind: 'refused',
      reason,
      value,
      rebuiltAtMs: d.rebuiltAtMs,
    });
    if (d.status !== 'active' || now >= d.endsAtMs) return refuse('ended', 0);
    if (d.remaining <= 0) return refuse('sold-out', 0);
    if (d.remaining < r.qty) return refuse('short', d.remaining);
    const held = d.buyers.get(r.buyerId) ?? 0;
    if (held + r.qty > d.limit) return refuse('limit', held);
    d.remaining -= r.qty;
    d.buyers.set(r.buyerId, held + r.qty);
    d.pending.set(r.resId, { ...r, atMs: now });
    marks.set(field, `r:${r.resId}`);
    d.version++;
    return { kind: 'ok', remaining: d.remaining, version: d.version };
  }

  async commit(dealId: string, items: readonly Reservation[]): Promise<StockState | null> {
    const d = this.deals.get(dealId);
    const marks = this.markersOf(dealId);
    for (const r of items) {
      const field = markerField(r.buyerId, r.key);
      const had = d?.pending.delete(r.resId) ?? false;
      // Reserved in an earlier incarnation of the counters, which then missed this order.
      if (d && !had && marks.get(field) !== `o:${r.resId}`) {
        d.remaining -= r.qty;
        d.buyers.set(r.buyerId, (d.buyers.get(r.buyerId) ?? 0) + r.qty);
      }
      marks.set(field, `o:${r.resId}`);
    }
    return this.bump(d);
  }

  async release(dealId: string, items: readonly Reservation[]): Promise<StockState | null> {
    const d = this.deals.get(dealId);
    if (!d) return null;
    const marks = this.markersOf(dealId);
    for (const r of items) {
      if (!d.pending.delete(r.resId)) continue;
      d.remaining += r.qty;
      this.addBuyer(d, r.buyerId, -r.qty);
      const field = markerField(r.buyerId, r.key);
      if (marks.get(field) === `r:${r.resId}`) marks.delete(field);
    }
    return this.bump(d);
  }

  async giveBack(dealId: string, items: readonly { buyerId: string; qty: number }[]): Promise<StockState | null> {
    const d = this.deals.get(dealId);
    if (!d) return null;
    for (const i of items) {
      d.remaining += i.qty;
      this.addBuyer(d, i.buyerId, -i.qty);
    }
    return this.bump(d);
  }

  async load(
    dealId: string,
    c: DealCounters,
    buyerSums: ReadonlyMap<string, number>,
    markers: readonly { buyerId: string; key: string; orderId: string }[],
    complete = false,
  ): Promise<void> {
    const marks = this.markersOf(dealId);
    for (const m of markers) marks.set(markerField(m.buyerId, m.key), `o:${m.orderId}`);
    const now = this.now();
    this.deals.set(dealId, {
      quantity: c.quantity,
      remaining: c.quantity - c.sold,
      limit: c.perBuyerLimit,
      status: c.status,
      endsAtMs: c.endsAtMs,
      version: now * 1000,
      rebuiltAtMs: complete ? 0 : now,
      buyers: new Map([...buyerSums].filter(([, n]) => n > 0)),
      pending: new Map(),
    });
  }

  async reconcile(dealId: string, input: ReconcileInput): Promise<ReconcileReport> {
    const d = this.deals.get(dealId);
    const report: ReconcileReport = {
      missing: !d,
      remainingFixed: 0,
      remainingBefore: 0,
      remainingAfter: 0,
      buyersFixed: 0,
      metaFixed: 0,
      committed: 0,
      released: 0,
      state: null,
    };
    if (!d) return report;
    const marks = this.markersOf(dealId);
    for (const id of input.committed) {
      const e = d.pending.get(id);
      if (!e) continue;
      d.pending.delete(id);
      marks.set(markerField(e.buyerId, e.key), `o:${id}`);
      report.committed++;
    }
    for (const id of input.stale) {
      const e = d.pending.get(id);
      if (!e) continue;
      d.pending.delete(id);
      d.remaining += e.qty;
      this.addBuyer(d, e.buyerId, -e.qty);
      const field = markerField(e.buyerId, e.key);
      if (marks.get(field) === `r:${id}`) marks.delete(field);
      report.released++;
    }
    const c = input.counters;
    let pendingTotal = 0;
    const expected = new Map(input.buyerSums);
    for (const e of d.pending.values()) {
      pendingTotal += e.qty;
      expected.set(e.buyerId, (expected.get(e.buyerId) ?? 0) + e.qty);
    }
    for (const [buyer, n] of d.buyers) {
      const want = expected.get(buyer) ?? 0;
      expected.delete(buyer);
      if (n === want) continue;
      report.buyersFixed++;
      if (want > 0) d.buyers.set(buyer, want);
      else d.buyers.delete(buyer);
    }
    for (const [buyer, want] of expected) {
      if (want <= 0) continue;
      report.buyersFixed++;
      d.buyers.set(buyer, want);
    }
    report.remainingBefore = d.remaining;
    const wantRemaining = c.quantity - c.sold - pendingTotal;
    if (c.status === 'active' && d.remaining !== wantRemaining) {
      d.remaining = wantRemaining;
      report.remainingFixed = 1;
    }
    report.remainingAfter = d.remaining;
    const meta: [unknown, unknown][] = [
      [d.quantity, c.quantity],
      [d.limit, c.perBuyerLimit],
      [d.status, c.status],
      [d.endsAtMs, c.endsAtMs],
    ];
    report.metaFixed = meta.filter(([a, b]) => a !== b).length;
    Object.assign(d, { quantity: c.quantity, limit: c.perBuyerLimit, status: c.status, endsAtMs: c.endsAtMs });
    report.state = this.bump(d);
    return report;
  }

  async pending(dealId: string): Promise<PendingEntry[] | null> {
    const d = this.deals.get(dealId);
    return d ? [...d.pending.values()].map((e) => ({ ...e })) : null;
  }

  async state(dealIds: readonly string[]): Promise<(StockState | null)[]> {
    return dealIds.map((id) => {
      const d = this.deals.get(id);
      return d ? { remaining: d.status === 'active' ? d.remaining : 0, version: d.version, status: d.status } : null;
    });
  }

  async buyerQuantity(dealId: string, buyerId: string): Promise<number | null> {
    const d = this.deals.get(dealId);
    return d ? (d.buyers.get(buyerId) ?? 0) : null;
  }

  async end(dealId: string): Promise<void> {
    const d = this.deals.get(dealId);
    if (!d) return;
    d.status = 'ended';
    d.version++;
  }

  async lock(name: string, ttlMs: number): Promise<boolean> {
    const until = this.locks.get(name);
    const now = this.now();
    if (until !== undefined && until > now) return false;
    this.locks.set(name, now + ttlMs);
    return true;
  }

  async unlock(name: string): Promise<void> {
    this.locks.delete(name);
  }

  private markersOf(dealId: string): Map<string, string> {
    let m = this.markers.get(dealId);
    if (!m) this.markers.set(dealId, (m = new Map()));
    return m;
  }

  private addBuyer(d: DealState, buyerId: string, delta: number): void {
    const n = (d.buyers.get(buyerId) ?? 0) + delta;
    if (n > 0) d.buyers.set(buyerId, n);
    else d.buyers.delete(buyerId);
  }

  private bump(d: DealState | undefined): StockState | null {
    if (!d) return null;
    d.version++;
    return { remaining: d.status === 'active' ? d.remaining : 0, version: d.version, status: d.status };
  }
}
