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

  private async countInRedis(keys: string[], window: number, n: number): Promise<number[]> {
    const multi = this.redis.client().multi();
    for (const k of keys) {
      const key = this.redis.key('analytics', 'rate', k, String(window));
      multi.incrby(key, n).pexpire(key, WINDOW_MS * 2);
    }
    const res = (await multi.exec()) as [Error | null, number][];
    return keys.map((_, i) => Number(res[i * 2][1]));
  }

  private countLocally(key: string, window: number, n: number): number {
    const entry = this.local.get(key);
    const next = entry && entry.window === window ? { window, count: entry.count + n } : { window, count: n };
    this.local.set(key, next);
    if (this.local.size > 50_000) for (const [k, v] of this.local) if (v.window < window) this.local.delete(k);
    return next.count;
  }
}
