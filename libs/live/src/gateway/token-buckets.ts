/** How fast a bucket refills and how much it holds: `perSecond` tokens a second, at most `burst`. */
export interface Rate {
  perSecond: number;
  burst: number;
}

/** One token bucket: starts full, refills continuously. */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = rate.burst;
    this.at = now();
  }

  /** Takes up to `n` tokens; returns how many it took (0 when empty). */
  takeUpTo(n: number): number {
    this.refill();
    const taken = Math.min(n, Math.floor(this.tokens));
    this.tokens -= taken;
    return taken;
  }

  take(n = 1): boolean {
    this.refill();
    if (this.tokens < n) return false;
    this.tokens -= n;
    return true;
  }

  /** Full again: forgetting it loses nothing. */
  get isFull(): boolean {
    this.refill();
    return this.tokens >= this.rate.burst;
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.rate.burst, this.tokens + ((t - this.at) / 1000) * this.rate.perSecond);
    this.at = t;
  }
}

const SWEEP_AT = 10_000;

/** Token buckets by key (a user, an IP, a user in a room), in memory, per process. */
export class TokenBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string, n = 1): boolean {
    return this.bucket(key).take(n);
  }

  takeUpTo(key: string, n: number): number {
    return this.bucket(key).takeUpTo(n);
  }

  private bucket(key: string): TokenBucket {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= SWEEP_AT) for (const [k, v] of this.buckets) if (v.isFull) this.buckets.delete(k);
      this.buckets.set(key, (b = new TokenBucket(this.rate, this.now)));
    }
    return b;
  }
}
