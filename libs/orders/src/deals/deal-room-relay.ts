import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { RoomHub } from '@livefair/live';
import type { DealStockEvent, OrderTickerEvent } from '@livefair/protocol';
import { DealDirectory } from './deal-directory';
import { DealSignal, DealSignals, STOCK_EVERY_MS, stockIsUrgent, TICKER_EVERY_MS } from './deal-signals';
import { KeyedThrottle } from './keyed-throttle';
import { RESERVATION_STORE, ReservationStore } from './reservation-store';

/** Stock of the running deals in this process's rooms is read again this often (covers bus messages missed). */
const REFRESH_MS = 2000;

interface Stock {
  sessionId: string;
  remaining: number;
  version: number;
}

/**
 * In each live process: deal news from the bus to the sockets of its rooms. Every process
 * sends its own sockets (RoomHub.toLocalRoom), so viewers get each update once whichever process
 * made it; stock at most every STOCK_EVERY_MS per deal (at once on sold out and on units coming
 * back), keeping the highest version seen, and purchases at most every TICKER_EVERY_MS per room.
 */
@Injectable()
export class DealRoomRelay implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('DealRoomRelay');
  private readonly latest = new Map<string, Stock>();
  private readonly sent = new Map<string, number>();
  private readonly stock = new KeyedThrottle<Stock>(STOCK_EVERY_MS, (dealId, s) => this.sendStock(dealId, s), stockIsUrgent);
  private readonly ticker = new KeyedThrottle<OrderTickerEvent>(TICKER_EVERY_MS, (sessionId, t) =>
    this.hub.toLocalRoom(sessionId, 'orders.ticker', t),
  );
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly hub: RoomHub,
    private readonly signals: DealSignals,
    private readonly directory: DealDirectory,
    @Inject(RESERVATION_STORE) private readonly store: ReservationStore,
  ) {}

  async onModuleInit(): Promise<void> {
    this.unsubscribe = await this.signals.subscribe((s) => this.on(s));
    this.timer = setInterval(
      () => void this.refresh().catch((err: unknown) => this.logger.debug({ err }, 'stock refresh failed')),
      REFRESH_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    this.unsubscribe?.();
    if (this.timer) clearInterval(this.timer);
    this.stock.close();
    this.ticker.close();
  }

  private on(s: DealSignal): void {
    const now = new Date().toISOString();
    switch (s.t) {
      case 'started':
        this.hub.toLocalRoom(s.deal.sessionId, 'deal.started', { ...s.deal, yourQuantity: null, serverTime: now });
        return;
      case 'stock':
        return this.offer(s.dealId, { sessionId: s.sessionId, remaining: s.remaining, version: s.version });
      case 'ended':
        this.stock.drop(s.dealId);
        this.latest.delete(s.dealId);
        this.sent.delete(s.dealId);
        this.hub.toLocalRoom(s.sessionId, 'deal.ended', { dealId: s.dealId, reason: s.reason, sold: s.sold, serverTime: now });
        return;
      case 'ticker':
        return this.ticker.offer(s.sessionId, s.item);
    }
  }

  private offer(dealId: string, s: Stock): void {
    const known = this.latest.get(dealId);
    if (known && known.version >= s.version) return;
    this.latest.set(dealId, s);
    this.stock.offer(dealId, s);
  }

  private sendStock(dealId: string, s: Stock): void {
    if (this.sent.get(dealId) === s.remaining) return;
    this.sent.set(dealId, s.remaining);
    const event: DealStockEvent = {
      dealId,
      remaining: s.remaining,
      soldOut: s.remaining <= 0,
      serverTime: new Date().toISOString(),
    };
    this.hub.toLocalRoom(s.sessionId, 'deal.stock', event);
  }

  /** The store's numbers for the running deals of rooms with sockets here. */
  private async refresh(): Promise<void> {
    for (const sessionId of this.hub.localRoomIds()) {
      const deals = await this.directory.activeOf(sessionId);
      if (!deals.length) continue;
      const states = await this.store.state(deals.map((d) => d.id));
      deals.forEach((d, i) => {
        const st = states[i];
        if (st && st.status === 'active')
          this.offer(d.id, { sessionId, remaining: Math.max(0, st.remaining), version: st.version });
      });
    }
  }
}
