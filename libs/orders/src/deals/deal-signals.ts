import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ClusterBus } from '@livefair/core';
import type { FlashDealEndReason, FlashDealView, OrderTickerEvent } from '@livefair/protocol';
import { KeyedThrottle } from './keyed-throttle';
import type { StockState } from './reservation-store';

/** The cluster-bus channel every process hears deal news on (live processes pass it to their rooms). */
export const DEAL_CHANNEL = 'orders.deals';

export interface StockSignal {
  t: 'stock';
  dealId: string;
  sessionId: string;
  remaining: number;
  /** Grows with every change of the deal's counters: a receiver keeps the highest it saw. */
  version: number;
}

export type DealSignal =
  | { t: 'started'; deal: Omit<FlashDealView, 'serverTime' | 'yourQuantity'> }
  | StockSignal
  | { t: 'ended'; dealId: string; sessionId: string; reason: FlashDealEndReason; sold: number }
  | { t: 'ticker'; sessionId: string; item: OrderTickerEvent };

/**
 * How often one process tells the others about one deal's stock, and about one room's purchases
 * (and each live process its viewers). Every update is one socket write per viewer: with a
 * thousand viewers per process, 4 stock and 2 ticker updates a second were more writes than the
 * buy answers of a 6,000-a-second burst (bench/orders); 2 and 1 keep a countdown of stock and the
 * latest purchase visibly live at half the cost.
 */
export const STOCK_EVERY_MS = 500;
export const TICKER_EVERY_MS = 1000;

/** Sold out, or units came back: worth sending before the interval is up. */
export const stockIsUrgent = (last: { remaining: number } | null, next: { remaining: number }) =>
  !last || next.remaining <= 0 !== last.remaining <= 0 || next.remaining > last.remaining;

/**
 * Tells every process (this one too) what happened to deals: started, stock, ended, purchases.
 * Fire and forget (ClusterBus): a process that misses a message catches up from the reservation
 * store or MySQL (DealRoomRelay refreshes stock every few seconds). Each process sends one deal's
 * stock at most every STOCK_EVERY_MS (at once on sold out and on units coming back) and one room's
 * purchases at most every TICKER_EVERY_MS (the latest), so a burst costs the bus little.
 */
@Injectable()
export class DealSignals implements OnApplicationShutdown {
  private readonly logger = new Logger('DealSignals');
  private readonly stockThrottle = new KeyedThrottle<StockSignal>(STOCK_EVERY_MS, (_k, s) => this.send(s), stockIsUrgent);
  private readonly tickerThrottle = new KeyedThrottle<DealSignal & { t: 'ticker' }>(TICKER_EVERY_MS, (_k, s) => this.send(s));

  constructor(private readonly bus: ClusterBus) {}

  started(deal: FlashDealView): void {
    const { serverTime: _s, yourQuantity: _y, ...rest } = deal;
    this.send({ t: 'started', deal: rest });
  }

  stock(dealId: string, sessionId: string, state: StockState | null): void {
    if (!state || state.status !== 'active') return;
    this.stockThrottle.offer(dealId, {
      t: 'stock',
      dealId,
      sessionId,
      remaining: Math.max(0, state.remaining),
      version: state.version,
    });
  }

  ended(dealId: string, sessionId: string, reason: FlashDealEndReason, sold: number): void {
    this.stockThrottle.drop(dealId);
    this.send({ t: 'ended', dealId, sessionId, reason, sold });
  }

  ticker(sessionId: string, item: OrderTickerEvent): void {
    this.tickerThrottle.offer(sessionId, { t: 'ticker', sessionId, item });
  }

  subscribe(handler: (s: DealSignal) => void): Promise<() => void> {
    return this.bus.subscribe<DealSignal>(DEAL_CHANNEL, handler);
  }

  onApplicationShutdown(): void {
    this.stockThrottle.close();
    this.tickerThrottle.close();
  }

  private send(s: DealSignal): void {
    this.bus.publish(DEAL_CHANNEL, s).catch((err: unknown) => this.logger.warn({ err }, `could not publish deal ${s.t}`));
  }
}
