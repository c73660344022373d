/**
 * The fast front of a flash deal: its remaining units, each buyer's units and the reservations
 * waiting for MySQL, checked and changed atomically per request. Redis (one Lua script per
 * operation) in production; an in-process map with the same semantics in the embedded default.
 * Never the system of record: everything here can be rebuilt from MySQL (`load`), and MySQL
 * re-checks every reservation before an order exists (DealWriter).
 *
 * Per deal it keeps:
 * - counters: quantity, remaining, per-buyer limit, status, end time, a version that grows with
 *   every change (`nowMs * 1000` at a rebuild, so a rebuilt deal's versions stay ahead), and when
 *   the counters were last rebuilt;
 * - each buyer's units (held by orders + reserved);
 * - pending reservations: id -> buyer, units, time, idempotency key (the id becomes the order's id);
 * - markers: buyer|key -> `r:<reservation id>` while in flight, `o:<order id>` once committed, so a
 *   retried request is recognised even after the deal sold out or ended.
 */

export interface DealCounters {
  quantity: number;
  /** Units held by the deal's orders in MySQL. */
  sold: number;
  perBuyerLimit: number;
  status: 'active' | 'ended';
  endsAtMs: number;
}

export interface Reservation {
  /** Becomes the order's id when committed. */
  resId: string;
  buyerId: string;
  key: string;
  qty: number;
}

export type RefusalReason = 'ended' | 'sold-out' | 'short' | 'limit';

export type ReserveOutcome =
  | { kind: 'ok'; remaining: number; version: number }
  /** An order already exists under this buyer and key. */
  | { kind: 'done'; orderId: string }
  /** A reservation under this buyer and key is still waiting for MySQL. */
  | { kind: 'busy' }
  /** No counters for this deal (never loaded, or Redis lost them): rebuild, then retry. */
  | { kind: 'missing' }
  /** value: units left (short), units the buyer holds (limit), else 0. rebuiltAtMs: when the counters were last rebuilt. */
  | { kind: 'refused'; reason: RefusalReason; value: number; rebuiltAtMs: number };

/** A deal's remaining units after a change, and the change's version; null when the deal has no counters. */
export interface StockState {
  remaining: number;
  version: number;
  status: 'active' | 'ended';
}

export interface PendingEntry extends Reservation {
  atMs: number;
}

export interface ReconcileInput {
  counters: DealCounters;
  /** Units per buyer held by orders in MySQL (HOLDING_STATUSES). */
  buyerSums: ReadonlyMap<string, number>;
  /** Pending reservations whose order is in MySQL: kept as held, their markers become `o:`. */
  committed: readonly string[];
  /** Pending reservations older than the timeout with no order: given back. */
  stale: readonly string[];
}

export interface ReconcileReport {
  /** The deal had no counters (nothing was compared). */
  missing: boolean;
  /** 1 when remaining disagreed with quantity - sold - pending (then fixed). */
  remainingFixed: number;
  remainingBefore: number;
  remainingAfter: number;
  /** Buyers whose units disagreed with MySQL + pending (fixed). */
  buyersFixed: number;
  /** Counter fields (quantity, limit, status, end) that disagreed (fixed). */
  metaFixed: number;
  committed: number;
  released: number;
  state: StockState | null;
}

export interface ReservationStore {
  readonly kind: 'redis' | 'in-process';
  reserve(dealId: string, r: Reservation): Promise<ReserveOutcome>;
  /** Reservations whose orders committed: pending entries go, markers become `o:` (counted now if this incarnation never saw them). */
  commit(dealId: string, items: readonly Reservation[]): Promise<StockState | null>;
  /** Reservations MySQL refused: their units go back (if this incarnation still holds them). */
  release(dealId: string, items: readonly Reservation[]): Promise<StockState | null>;
  /** Orders released in MySQL (expired, cancelled) while the deal runs: their units go back. */
  giveBack(dealId: string, items: readonly { buyerId: string; qty: number }[]): Promise<StockState | null>;
  /**
   * Rebuilds a deal's counters from MySQL: drops pending entries and counters, merges the markers
   * (orders never disappear), then writes the counters last, so nobody reserves before the markers are in.
   * `complete`: nothing can have been committed that the markers miss (a deal just started), so
   * refusals need no double check (`rebuiltAtMs` is 0).
   */
  load(
    dealId: string,
    counters: DealCounters,
    buyerSums: ReadonlyMap<string, number>,
    markers: readonly { buyerId: string; key: string; orderId: string }[],
    complete?: boolean,
  ): Promise<void>;
  reconcile(dealId: string, input: ReconcileInput): Promise<ReconcileReport>;
  /** The deal's pending reservations, or null when it has no counters. */
  pending(dealId: string): Promise<PendingEntry[] | null>;
  state(dealIds: readonly string[]): Promise<(StockState | null)[]>;
  buyerQuantity(dealId: string, buyerId: string): Promise<number | null>;
  /** The deal ended: reservations are refused from now on (markers stay for replays). */
  end(dealId: string): Promise<void>;
  /** A short lock shared by every process (rebuilds, sweeps); false when someone else holds it. */
  lock(name: string, ttlMs: number): Promise<boolean>;
  unlock(name: string): Promise<void>;
}

export const RESERVATION_STORE = Symbol('RESERVATION_STORE');

/** Counters and markers outlive a deal's end by this long (a replay after that rebuilds them from MySQL). */
export const DEAL_KEYS_TTL_MS = 2 * 24 * 3600_000;

export const markerField = (buyerId: string, key: string) => `${buyerId}|${key}`;
