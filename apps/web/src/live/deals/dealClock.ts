/**
 * The server's clock as seen from this page, so every viewer counts down to the same instant
 * whatever their phone's clock says (libs/protocol/src/deals.ts, top comment).
 *
 * An answered request gives the best estimate: the server stamped `serverTime` somewhere between
 * sending and the ack, so `offset = serverTime - (sentAt + ackedAt) / 2`, good to half the round
 * trip. The sample with the shortest round trip of the last few wins (a slow answer on a busy
 * network is the least precise). A pushed event only says the server's clock had reached
 * `serverTime` when it arrived; it is used until the first answer comes.
 */
const KEEP_SAMPLES = 5;

interface Sample {
  offset: number;
  /** Half the round trip: how far off the offset may be. */
  error: number;
}

export class ServerClock {
  private samples: Sample[] = [];
  private eventOffset: number | null = null;

  /** The server's "now" in epoch milliseconds. */
  now(): number {
    return Date.now() + this.offset();
  }

  offset(): number {
    if (this.samples.length === 0) return this.eventOffset ?? 0;
    return this.samples.reduce((best, s) => (s.error < best.error ? s : best)).offset;
  }

  /** `serverTime` came in the answer to a request sent at `sentAt` and answered at `ackedAt` (both Date.now()). */
  fromAnswer(serverTime: string, sentAt: number, ackedAt: number): void {
    const server = Date.parse(serverTime);
    if (!Number.isFinite(server) || ackedAt < sentAt) return;
    this.samples = [...this.samples, { offset: server - (sentAt + ackedAt) / 2, error: (ackedAt - sentAt) / 2 }].slice(
      -KEEP_SAMPLES,
    );
  }

  /** `serverTime` came with a pushed event that arrived at `receivedAt`. */
  fromEvent(serverTime: string, receivedAt = Date.now()): void {
    const server = Date.parse(serverTime);
    if (!Number.isFinite(server) || this.samples.length > 0) return;
    this.eventOffset = Math.max(this.eventOffset ?? -Infinity, server - receivedAt);
  }

  /** Milliseconds from the server's now until `iso` (negative once past). */
  until(iso: string): number {
    return Date.parse(iso) - this.now();
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
