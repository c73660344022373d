import type { DealEndedEvent, DealStockEvent, FlashDealView, JoinResult } from '@livefair/protocol';

import type { LiveRoom, RoomMember } from '../LiveRoom';
import { Store } from '../Store';
import { ServerClock } from './dealClock';

/** Deals kept in memory per page (ended ones included, newest first beyond this are dropped). */
const MAX_DEALS = 20;

export interface DealEntry extends FlashDealView {
  /** Units sold when it ended (from `deal.ended`); null while it runs. */
  soldAtEnd: number | null;
  /** The server time of the newest update applied (older ones arriving late are ignored). */
  updatedAt: number;
}

export interface DealsState {
  /** Every deal seen in this room since the page opened, by start time, newest first. */
  deals: DealEntry[];
  /** `deal.list` answered at least once. */
  loaded: boolean;
}

export const NO_DEALS: DealsState = { deals: [], loaded: false };

/**
 * The room's flash deals: listed on every join (`deal.list`), then kept current by `deal.started`,
 * `deal.stock` and `deal.ended`. Also owns the page's ServerClock for the countdowns.
 */
export class DealFeed extends Store<DealsState> implements RoomMember {
  readonly clock = new ServerClock();
  private readonly unsubscribe: (() => void)[];
  private listing = 0;

  constructor(private readonly room: LiveRoom) {
    super(NO_DEALS);
    const { client } = room;
    this.unsubscribe = [
      client.on('deal.started', (view) => {
        this.clock.fromEvent(view.serverTime);
        this.upsert(view);
      }),
      client.on('deal.stock', (event) => this.applyStock(event)),
      client.on('deal.ended', (event) => this.applyEnded(event)),
    ];
  }

  joined(_join: JoinResult): void {
    void this.list();
  }

  left(): void {}

  /** Asks the server for the room's deals (each join; also a resync). */
  async list(): Promise<void> {
    const attempt = ++this.listing;
    const sentAt = Date.now();
    try {
      const result = await this.room.client.request('deal.list', {});
      this.clock.fromAnswer(result.serverTime, sentAt, Date.now());
      if (attempt !== this.listing) return;
      const listed = new Set(result.deals.map((d) => d.id));
      // A running deal we knew of that the list no longer has ended while we were away.
      const gone = this.state.deals.filter((d) => d.status === 'active' && !listed.has(d.id));
      for (const d of result.deals) this.upsert(d);
      for (const d of gone)
        this.patch(d.id, { status: 'ended', remaining: 0, endedAt: result.serverTime }, Date.parse(result.serverTime));
      this.set({ loaded: true });
    } catch {
      // Not in the room (yet) or no answer: the next join lists again.
      if (attempt === this.listing) this.set({ loaded: true });
    }
  }

  /** A deal the studio started (from the ack, in case the broadcast is slower), timed for the clock. */
  started(view: FlashDealView, sentAt: number, ackedAt: number): void {
    this.clock.fromAnswer(view.serverTime, sentAt, ackedAt);
    this.upsert(view);
  }

  /** The caller bought `quantity` units (the per-buyer limit counts them). */
  noteBought(dealId: string, quantity: number): void {
    const deal = this.find(dealId);
    if (deal) this.replace({ ...deal, yourQuantity: (deal.yourQuantity ?? 0) + quantity });
  }

  find(dealId: string): DealEntry | undefined {
    return this.state.deals.find((d) => d.id === dealId);
  }

  close(): void {
    this.unsubscribe.forEach((off) => off());
  }

  private applyStock(event: DealStockEvent): void {
    this.clock.fromEvent(event.serverTime);
    this.patch(event.dealId, { remaining: event.remaining, soldOut: event.soldOut }, Date.parse(event.serverTime));
  }

  private applyEnded(event: DealEndedEvent): void {
    this.clock.fromEvent(event.serverTime);
    const at = Date.parse(event.serverTime);
    const deal = this.find(event.dealId);
    if (!deal) return;
    // An end is final: it wins over any later-stamped stock update from another node.
    this.replace({
      ...deal,
      status: 'ended',
      endReason: event.reason,
      endedAt: event.serverTime,
      remaining: 0,
      soldAtEnd: event.sold,
      updatedAt: Math.max(deal.updatedAt, at),
    });
  }

  private upsert(view: FlashDealView): void {
    const at = Date.parse(view.serverTime);
    const known = this.find(view.id);
    if (known && (known.updatedAt > at || known.status === 'ended')) {
      // Ours is newer (an event overtook the list's answer); the view may still know our own quantity.
      if (view.yourQuantity !== null && known.yourQuantity === null) this.replace({ ...known, yourQuantity: view.yourQuantity });
      return;
    }
    this.replace({
      ...view,
      // A broadcast does not know the viewer; keep what the list (or our own buys) said.
      yourQuantity: view.yourQuantity ?? known?.yourQuantity ?? null,
      soldAtEnd: known?.soldAtEnd ?? null,
      updatedAt: at,
    });
  }

  private patch(dealId: string, change: Partial<DealEntry>, at: number): void {
    const deal = this.find(dealId);
    if (!deal || deal.status === 'ended' || deal.updatedAt > at) return;
    this.replace({ ...deal, ...change, updatedAt: at });
  }

  private replace(deal: DealEntry): void {
    const others = this.state.deals.filter((d) => d.id !== deal.id);
    const deals = [deal, ...others].sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt)).slice(0, MAX_DEALS);
    this.set({ deals });
  }
}
