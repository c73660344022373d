import type { ChatMessageView, JoinResult, OrderTickerEvent, PinnedProductView } from '@livefair/protocol';

import type { LiveRoom, RoomMember } from './LiveRoom';
import { Store } from './Store';

const MAX_MESSAGES = 200;
const MAX_ORDERS = 30;

export interface FeedState {
  messages: ChatMessageView[];
  pinned: PinnedProductView | null;
  viewerCount: number;
  likeCount: number;
  orders: OrderTickerEvent[];
  /** Users muted in this session (seen since the page opened). */
  banned: string[];
}

/** Everything but media: chat, pin, counters and the order ticker, rebuilt on every join. */
export class RoomFeed extends Store<FeedState> implements RoomMember {
  private readonly unsubscribe: (() => void)[];

  constructor(room: LiveRoom) {
    super({ messages: [], pinned: null, viewerCount: 0, likeCount: 0, orders: [], banned: [] });
    const { client } = room;
    this.unsubscribe = [
      client.on('chat.message', (m) => {
        if (this.state.messages.some((x) => x.id === m.id)) return;
        this.set({ messages: [...this.state.messages, m].slice(-MAX_MESSAGES) });
      }),
      client.on('chat.deleted', ({ messageId }) => this.set({ messages: this.state.messages.filter((m) => m.id !== messageId) })),
      client.on('chat.banned', ({ userId }) => this.set({ banned: [...new Set([...this.state.banned, userId])] })),
      client.on('pin.changed', ({ pinned }) => this.set({ pinned })),
      client.on('viewers.count', ({ viewerCount }) => this.set({ viewerCount })),
      client.on('likes.count', ({ likeCount }) => this.noteLikes(likeCount)),
      client.on('orders.ticker', (order) => this.set({ orders: [order, ...this.state.orders].slice(0, MAX_ORDERS) })),
    ];
  }

  joined(join: JoinResult): void {
    this.set({ messages: join.recentChat, pinned: join.pinned, viewerCount: join.viewerCount });
    this.noteLikes(join.session.likeCount);
  }

  left(): void {}

  /** Totals only grow; the ack of our own likes can be ahead of the periodic broadcast. */
  noteLikes(likeCount: number): void {
    if (likeCount > this.state.likeCount) this.set({ likeCount });
  }

  /** Our own message, from the ack, in case the broadcast is slower. */
  addOwn(message: ChatMessageView): void {
    if (!this.state.messages.some((m) => m.id === message.id))
      this.set({ messages: [...this.state.messages, message].slice(-MAX_MESSAGES) });
  }

  close(): void {
    this.unsubscribe.forEach((off) => off());
  }
}
