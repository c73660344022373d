import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, Principal, TransactionalConnection } from '@livefair/core';
import { TokenBuckets } from '@livefair/live';
import { OrderEvent } from '../entities/order-event.entity';
import { Order } from '../entities/order.entity';
import { assertSameRequest, requestHash, requireIdempotencyKey } from '../idempotency';
import { Decision, limitReached } from './deal-batch';
import { DealDirectory } from './deal-directory';
import { DealMetrics } from './deal-metrics';
import { DealReconciler } from './deal-reconciler';
import { DealSignals } from './deal-signals';
import { DealWriter } from './deal-writer';
import { KeyLookup } from './key-lookup';
import { FlashDeal } from './entities/flash-deal.entity';
import { RESERVATION_STORE, Reservation, ReservationStore, ReserveOutcome } from './reservation-store';
import { orUnavailable, serviceUnavailable } from './unavailable';

/** A buy waits at most this long for MySQL, then answers 503 (the batch may still commit: retry with the same key). */
const ANSWER_TIMEOUT_MS = 5000;
/**
 * After the counters were rebuilt, markers of orders committed meanwhile may be missing for a
 * while: a refusal then double-checks MySQL for an order under the request's key.
 */
const FRESH_COUNTERS_MS = 60_000;
/** Waits for another process's rebuild: up to ~3 s. */
const MISSING_RETRIES = 30;

export interface DealPurchase {
  order: Order;
  replayed: boolean;
}

/**
 * The buy path (socket `deal.buy` and `POST /api/flash-deals/:id/orders`). Cheap checks in
 * memory; then one reservation in the store (remaining, the buyer's units, the key in flight,
 * atomically); then the group-commit writer, whose transaction decides. Only a committed order
 * is answered as confirmed; whatever could not be decided answers 503 (retry with the same key).
 */
@Injectable()
export class DealBuyService {
  private readonly buckets: TokenBuckets;

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly directory: DealDirectory,
    private readonly writer: DealWriter,
    private readonly reconciler: DealReconciler,
    private readonly keys: KeyLookup,
    private readonly signals: DealSignals,
    private readonly metrics: DealMetrics,
    @Inject(RESERVATION_STORE) private readonly store: ReservationStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.buckets = new TokenBuckets(config.deals.buyRate);
  }

  /** `inSession`: the room the socket is in (a socket buys only in its own room's deals). */
  async buy(principal: Principal, dealId: string, quantity: number, rawKey: unknown, inSession?: string): Promise<DealPurchase> {
    try {
      const key = requireIdempotencyKey(rawKey);
      if (principal.role !== 'buyer') throw new DomainError('FORBIDDEN_ROLE', 'Only buyer accounts buy in flash deals');
      if (!this.buckets.take(principal.userId)) throw new DomainError('RATE_LIMITED', 'Too many buy attempts; wait a moment');
      const deal = this.directory.cached(dealId) ?? (await orUnavailable(() => this.directory.get(dealId)));
      if (inSession && deal.sessionId !== inSession)
        throw DomainError.notFound('DEAL_NOT_FOUND', 'Flash deal in this room', dealId);
      if (quantity > deal.perBuyerLimit) throw refusal(limitReached(deal.perBuyerLimit, 0));
      this.writer.admit();
      const purchase = await this.decide(principal, deal, {
        resId: crypto.randomUUID(),
        buyerId: principal.userId,
        key,
        qty: quantity,
      });
      this.metrics.buys.inc({ outcome: purchase.replayed ? 'replayed' : 'confirmed' });
      return purchase;
    } catch (err) {
      this.metrics.buys.inc({ outcome: err instanceof DomainError ? err.code : 'error' });
      throw err;
    }
  }

  private async decide(principal: Principal, deal: FlashDeal, res: Reservation): Promise<DealPurchase> {
    // Only answers that make or find an order need it (most of a burst is refused before that).
    let hashed: string | null = null;
    const hash = () => (hashed ??= requestHash('deal.buy', { dealId: deal.id, quantity: res.qty }));
    for (let attempt = 0; ; attempt++) {
      let out: ReserveOutcome;
      try {
        out = await this.store.reserve(deal.id, res);
      } catch {
        throw serviceUnavailable('Flash-deal stock');
      }
      switch (out.kind) {
        case 'ok':
          this.signals.stock(deal.id, deal.sessionId, { remaining: out.remaining, version: out.version, status: 'active' });
          return this.decided(await this.submit(deal, { res, buyerName: principal.displayName, requestHash: hash() }), hash());
        case 'done':
          return this.replay(out.orderId, hash());
        case 'busy':
          throw new DomainError(
            'IDEMPOTENCY_IN_PROGRESS',
            'The first request with this key is still being processed; retry shortly',
          );
        case 'missing':
          if (attempt >= MISSING_RETRIES) throw serviceUnavailable('Flash-deal stock');
          if (!(await this.rebuild(deal.id))) await new Promise((r) => setTimeout(r, 100));
          continue;
        case 'refused':
          if (Date.now() - out.rebuiltAtMs < FRESH_COUNTERS_MS) {
            const prior = await orUnavailable(() => this.keys.find(res.buyerId, res.key));
            if (prior) return this.replayOf(prior, hash());
          }
          throw refusalOf(out, deal.perBuyerLimit);
      }
    }
  }

  /** An order's status history (HTTP replays). */
  history(orderId: string): Promise<OrderEvent[]> {
    return orUnavailable(() => this.tx.getRepository(OrderEvent).find({ where: { orderId } }));
  }

  private async rebuild(dealId: string): Promise<boolean> {
    try {
      return await orUnavailable(() => this.reconciler.rebuild(dealId));
    } catch (err) {
      if (err instanceof DomainError) throw err;
      throw serviceUnavailable('Flash-deal stock');
    }
  }

  private submit(deal: Parameters<DealWriter['submit']>[0], item: Parameters<DealWriter['submit']>[1]): Promise<Decision> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Decision>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'refused', error: serviceUnavailable('The database') }), ANSWER_TIMEOUT_MS);
    });
    return Promise.race([this.writer.submit(deal, item), late]).finally(() => clearTimeout(timer));
  }

  private decided(d: Decision, hash: string): Promise<DealPurchase> | DealPurchase {
    if (d.kind === 'confirmed') return { order: d.order, replayed: false };
    if (d.kind === 'replay') return this.replay(d.orderId, hash);
    throw d.error;
  }

  private async replay(orderId: string, hash: string): Promise<DealPurchase> {
    const order = await orUnavailable(() => this.tx.getRepository(Order).findOne({ where: { id: orderId } }));
    if (!order)
      throw new DomainError('IDEMPOTENCY_IN_PROGRESS', 'The first request with this key is still being processed; retry shortly');
    return this.replayOf(order, hash);
  }

  private replayOf(order: Order, hash: string): DealPurchase {
    assertSameRequest(order, hash);
    return { order, replayed: true };
  }
}

function refusal(d: Decision): DomainError {
  return d.kind === 'refused' ? d.error : new DomainError('CONFLICT', 'Unexpected decision');
}

/** The answers most of a burst gets, made without a stack trace (nobody reads it; capturing it costs more than the rest). */
function refusalOf(out: Extract<ReserveOutcome, { kind: 'refused' }>, limit: number): DomainError {
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    switch (out.reason) {
      case 'ended':
        return new DomainError('DEAL_ENDED', 'This flash deal has ended');
      case 'sold-out':
        return new DomainError('DEAL_SOLD_OUT', 'This flash deal is sold out');
      case 'short':
        return new DomainError('DEAL_NOT_ENOUGH_LEFT', `Only ${out.value} left`);
      case 'limit':
        return refusal(limitReached(limit, out.value));
    }
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
}
