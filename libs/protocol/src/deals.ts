/**
 * Flash deals in a live session: shapes shared by the server, the studio and watch pages and
 * third-party clients (docs/orders.md "Flash deals", docs/live-protocol.md). Money is integer
 * fen; times are ISO-8601 strings in UTC.
 *
 * Countdowns: every view and event carries `serverTime`, the server's clock when it was sent.
 * A client keeps `offset` (server clock minus its own) from the bounds its samples give: an ack,
 * `[serverTime - ackedAt, serverTime - sentAt]`; a pushed event, at least `serverTime - receivedAt`
 * (docs/live-protocol.md, Countdown), and shows `endsAt - (Date.now() + offset)`, so every viewer
 * counts down to the same instant whatever their phone's clock says.
 */

export type FlashDealStatus = 'active' | 'ended';

/** time: its duration ran out; stopped: the booth's staff ended it early; session-ended: the live session ended. */
export type FlashDealEndReason = 'time' | 'stopped' | 'session-ended';

/** Bounds of a deal (the server refuses others with VALIDATION_FAILED). */
export const DEAL_MIN_SECONDS = 10;
export const DEAL_MAX_SECONDS = 2 * 3600;
export const DEAL_MAX_QUANTITY = 100_000;
/** Deals running at once in one live session (409 DEAL_ACTIVE_LIMIT beyond). */
export const DEAL_MAX_ACTIVE_PER_SESSION = 3;

export interface FlashDealView {
  id: string;
  sessionId: string;
  boothId: string;
  enterpriseId: string;
  productId: string;
  skuId: string;
  productName: string;
  skuCode: string;
  specs: Record<string, string>;
  unit: string;
  /** The SKU's retail price when the deal started (for a struck-through "was" price). */
  retailPriceFen: number;
  /** The deal's unit price. */
  priceFen: number;
  /** Units the deal sells in all. */
  quantity: number;
  /** Units still to be had now (0 when sold out or ended). Units of unpaid orders that expire come back. */
  remaining: number;
  soldOut: boolean;
  /** Most units one buyer may hold from this deal. */
  perBuyerLimit: number;
  startsAt: string;
  endsAt: string;
  status: FlashDealStatus;
  endReason: FlashDealEndReason | null;
  endedAt: string | null;
  /** Units the caller holds or is buying from this deal (logged-in callers of deal.list; otherwise null). */
  yourQuantity: number | null;
  /** The server's clock as this view was made (for the countdown; see above). */
  serverTime: string;
}

/** `deal.start` (booth staff, in their room) and `POST /api/live-sessions/:id/flash-deals`. */
export interface DealStartRequest {
  skuId: string;
  /** 1 .. the SKU's retail price. */
  priceFen: number;
  /** 1 .. 100000, taken from the SKU's stock at once. */
  quantity: number;
  /** 1 .. quantity. */
  perBuyerLimit: number;
  /** 10 .. 7200. */
  durationSeconds: number;
}

export interface DealStopRequest {
  dealId: string;
}

/** `deal.buy` (logged-in buyers in the deal's room). */
export interface DealBuyRequest {
  dealId: string;
  /** 1 .. the deal's per-buyer limit. */
  quantity: number;
  /** Idempotency key (docs/orders.md): the same key and request answer the first result again. */
  idempotencyKey: string;
}

/** The ack of a confirmed `deal.buy`: the order is committed (its details come from the orders API). */
export interface DealBuyResult {
  orderId: string;
  orderNo: string;
  dealId: string;
  quantity: number;
  unitPriceFen: number;
  totalFen: number;
  /** Pay by then (offline transfer, order number as reference), or the order expires. */
  payBy: string;
  /** True when this answers a retry of an earlier request with the same key. */
  replayed: boolean;
}

export interface DealListResult {
  deals: FlashDealView[];
  serverTime: string;
}

/** Stock of a running deal changed (at most 4 a second per deal; at once on sold out and when stock comes back). */
export interface DealStockEvent {
  dealId: string;
  remaining: number;
  soldOut: boolean;
  serverTime: string;
}

export interface DealEndedEvent {
  dealId: string;
  reason: FlashDealEndReason;
  /** Units sold (held by orders) when it ended. */
  sold: number;
  serverTime: string;
}
