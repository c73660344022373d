import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, RedisConnections } from '@livefair/core';

const WINDOW_MS = 60_000;

/**
 * Events per visitorId and per client IP in fixed one-minute windows, counted in Redis when
 * configured (every API process together), in process memory otherwise. `take` adds `n` events
 * and answers how many of them fit each budget.
 */
@Injectable()
export class IngestRateLimit {
  private readonly local = new Map<string, { window: number; count: number }>();
  private readonly waiting: {
    keys: string[];
    n: number;
    resolve: (totals: number[]) => void;
    reject: (e: unknown) => void;
  }[] = [];
  private sending = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisConnections,
  ) {}

  async take(
    visitorId: string,
    ip: string,
    n: number,
    now = Date.now(),
  ): Promise<{ visitorAllowed: number; ipAllowed: number; retryAfter: number }> {
    const window = Math.floor(now / WINDOW_MS);
    const [visitorTotal, ipTotal] = this.redis.enabled
      ? await this.countInRedis([`v:${visitorId}`, `ip:${ip}`], window, n)
      : [this.countLocally(`v:${visitorId}`, window, n), this.countLocally(`ip:${ip}`, window, n)];
    const fit = (total: number, limit: number) => Math.max(0, Math.min(n, limit - (total - n)));
    return {
      visitorAllowed: fit(visitorTotal, this.config.analytics.visitorPerMinute),
      ipAllowed: fit(ipTotal, this.config.analytics.ipPerMinute),
      retryAfter: ((window + 1) * WINDOW_MS - now) / 1000,
    };
  }

  /**
   * The Redis counts go out as one MULTI at a time: requests that arrive while one is under way
   * wait and share the next (each INCRBY still answers its own running total, in order), so the
   * cost is a round trip per group of requests rather than per request.
   */
  private countInRedis(keys: string[], window: number, n: number): Promise<number[]> {
    return new Promise<number[]>((resolve, reject) => {
      this.waiting.push({ keys: keys.map((k) => this.redis.key('analytics', 'rate', k, String(window))), n, resolve, reject });
      if (!this.sending) void this.send();
    });
  }

  private async send(): Promise<void> {
    this.sending = true;
    try {
      while (this.waiting.length > 0) {
        const group = this.waiting.splice(0, this.waiting.length);
        const multi = this.redis.client().multi();
        const expiring = new Set<string>();
        for (const w of group)
          for (const key of w.keys) {
            multi.incrby(key, w.n);
            expiring.add(key);
          }
        for (const key of expiring) multi.pexpire(key, WINDOW_MS * 2);
        try {
          const res = (await multi.exec()) as [Error | null, number][];
          let i = 0;
          for (const w of group) {
            const totals = w.keys.map(() => res[i++]);
            const failed = totals.find(([e]) => e);
            if (failed) w.reject(failed[0]);
            else w.resolve(totals.map(([, v]) => Number(v)));
          }
        } catch (e) {
          for (const w of group) w.reject(e);
        }
      }
    } finally {
      this.sending = false;
    }
  }

  private countLocally(key: string, window: number, n: number): number {
    const entry = this.local.get(key);
    const next = entry && entry.window === window ? { window, count: entry.count + n } : { window, count: n };
    this.local.set(key, next);
    if (this.local.size > 50_000) for (const [k, v] of this.local) if (v.window < window) this.local.delete(k);
    return next.count;
  }
}
