import type { DealBuyResult } from '@livefair/protocol';

import { readToken } from '../../auth/session';
import { LiveError, liveErrorCode } from '../LiveClient';
import type { LiveRoom } from '../LiveRoom';
import { Store } from '../Store';
import type { DealFeed } from './DealFeed';

/** Failures after which the same request may still succeed: retried with the same key. */
const TRANSIENT = new Set([
  'TIMEOUT',
  'DISCONNECTED',
  'NOT_IN_ROOM',
  'SERVICE_UNAVAILABLE',
  'DEAL_BUSY',
  'IDEMPOTENCY_IN_PROGRESS',
  'RATE_LIMITED',
]);
const RETRY_DELAYS_MS = [400, 1000, 2000, 3000];
const JOIN_WAIT_MS = 10_000;

export type BuyPhase = 'idle' | 'buying' | 'retrying' | 'bought' | 'failed';

export interface BuyState {
  phase: BuyPhase;
  /** The last confirmed order of this deal on this page. */
  result: DealBuyResult | null;
  /** Code of the last failure (phase 'failed'). */
  error: string | null;
}

export const IDLE_BUY: BuyState = { phase: 'idle', result: null, error: null };

interface Intent {
  dealId: string;
  quantity: number;
  key: string;
}

/**
 * `deal.buy` for one page. A tap makes one intent with one idempotency key; a timeout, a dropped
 * connection or a busy server retries it with the same key (the server answers the first result
 * again, `replayed`), and so does a second tap on the same deal and quantity after such a failure,
 * so one intent never orders twice. A clear answer (bought, sold out, limit) ends the intent.
 */
export class DealBuyer extends Store<Record<string, BuyState>> {
  private readonly intents = new Map<string, Intent>();
  private closed = false;

  constructor(
    private readonly room: LiveRoom,
    private readonly feed: DealFeed,
  ) {
    super({});
  }

  stateOf(dealId: string): BuyState {
    return this.state[dealId] ?? IDLE_BUY;
  }

  async buy(dealId: string, quantity: number): Promise<void> {
    const current = this.stateOf(dealId);
    if (current.phase === 'buying' || current.phase === 'retrying') return;
    let intent = this.intents.get(dealId);
    if (!intent || intent.quantity !== quantity) {
      intent = { dealId, quantity, key: newIdempotencyKey() };
      this.intents.set(dealId, intent);
    }
    this.put(dealId, { phase: 'buying', error: null });
    let reauthenticated = false;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.joined();
        const result = await this.room.client.request('deal.buy', { dealId, quantity, idempotencyKey: intent.key });
        this.intents.delete(dealId);
        this.feed.noteBought(dealId, result.quantity);
        this.put(dealId, { phase: 'bought', result, error: null });
        return;
      } catch (err) {
        const code = liveErrorCode(err);
        if (this.closed) return;
        // Logged in (in this tab or another) after the socket connected: it still speaks anonymously.
        // A new handshake carries the token; then the same intent is asked again.
        if (code === 'AUTH_REQUIRED' && !reauthenticated && readToken()) {
          reauthenticated = true;
          this.room.client.reconnect();
          await sleep(RETRY_DELAYS_MS[0]);
          continue;
        }
        if (TRANSIENT.has(code) && attempt < RETRY_DELAYS_MS.length) {
          this.put(dealId, { phase: 'retrying' });
          await sleep(RETRY_DELAYS_MS[attempt]);
          continue;
        }
        // Only a failure that says nothing about the outcome keeps the key for the next tap.
        if (!TRANSIENT.has(code)) this.intents.delete(dealId);
        this.put(dealId, { phase: 'failed', error: code });
        return;
      }
    }
  }

  /** Back to the buy button (after a failure, or to buy more up to the limit). */
  reset(dealId: string): void {
    const current = this.stateOf(dealId);
    if (current.phase === 'failed' || current.phase === 'bought') this.put(dealId, { phase: 'idle', error: null });
  }

  close(): void {
    this.closed = true;
  }

  private put(dealId: string, patch: Partial<BuyState>): void {
    this.set({ [dealId]: { ...this.stateOf(dealId), ...patch } });
  }

  /** Resolves once the room is joined (a request sent before would only get NOT_IN_ROOM). */
  private joined(): Promise<void> {
    if (this.room.state.join) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new LiveError('DISCONNECTED', 'not in the live room'));
      }, JOIN_WAIT_MS);
      const off = this.room.subscribe(() => {
        if (!this.room.state.join) return;
        clearTimeout(timer);
        off();
        resolve();
      });
    });
  }
}

/** 32 hex characters from the browser's CSPRNG (crypto.randomUUID needs a secure context). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `deal-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
