/**
 * The server's clock as seen from this page, so every viewer counts down to the same instant
 * whatever their phone's clock says (libs/protocol/src/deals.ts, top comment).
 *
 * Each sample bounds the offset (server clock minus this page's `Date.now()`). The server stamps
 * `serverTime` as it sends. An answer to a request sent at `sentAt` and answered at `ackedAt` puts
 * the offset in `[serverTime - ackedAt, serverTime - sentAt]`: short of the truth by the way back
 * over the network, long by the way there plus the server's work on the request (a deal start
 * that waits on the database: most of the round trip). A pushed event puts it at least at
 * `serverTime - receivedAt`, short by the network delay alone. The kept samples' bounds are
 * intersected: once an event has come, the estimate is that intersection's lower bound (the
 * server's work can not skew it); with answers only, its middle. A sample that contradicts the
 * others means this device's clock was set since: the estimate starts over from that sample.
 */
const KEEP_SAMPLES = 5;

interface Bounds {
  lower: number;
  upper: number;
}

export class ServerClock {
  private answers: Bounds[] = [];
  private events: Bounds[] = [];

  /** The server's "now" in epoch milliseconds. */
  now(): number {
    return Date.now() + this.offset();
  }

  offset(): number {
    const { lower, upper } = this.bounds();
    if (lower === -Infinity) return 0;
    return this.events.length > 0 || upper === Infinity ? lower : (lower + upper) / 2;
  }

  /** `serverTime` came in the answer to a request sent at `sentAt` and answered at `ackedAt` (both Date.now()). */
  fromAnswer(serverTime: string, sentAt: number, ackedAt: number): void {
    const server = Date.parse(serverTime);
    if (!Number.isFinite(server) || ackedAt < sentAt) return;
    this.add('answers', { lower: server - ackedAt, upper: server - sentAt });
  }

  /** `serverTime` came with a pushed event that arrived at `receivedAt`. */
  fromEvent(serverTime: string, receivedAt = Date.now()): void {
    const server = Date.parse(serverTime);
    if (!Number.isFinite(server)) return;
    this.add('events', { lower: server - receivedAt, upper: Infinity });
  }

  /** Milliseconds from the server's now until `iso` (negative once past). */
  until(iso: string): number {
    return Date.parse(iso) - this.now();
  }

  private add(kind: 'answers' | 'events', sample: Bounds): void {
    const { lower, upper } = this.bounds();
    if (sample.lower > upper || sample.upper < lower) {
      this.answers = [];
      this.events = [];
    }
    this[kind] = [...this[kind], sample].slice(-KEEP_SAMPLES);
  }

  /** The intersection of the kept samples' bounds (-Infinity..Infinity when there are none). */
  private bounds(): Bounds {
    let lower = -Infinity;
    let upper = Infinity;
    for (const b of [...this.answers, ...this.events]) {
      lower = Math.max(lower, b.lower);
      upper = Math.min(upper, b.upper);
    }
    return { lower, upper };
  }
}

/** "4:05" / "1:02:03" for a countdown; whole seconds rounded up, so 0:00 shows only once the time is up. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${String(m).padStart(2, '0')}:${s}`;
}
