import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, RedisConnections } from '@livefair/core';

const WINDOW_MS = 60_000;

/**
 * Orders one user may place per minute (ORDERS_MAX_PER_MINUTE): a fixed one-minute window,
 * counted in Redis when configured (every API process together), in process memory otherwise.
 * Past it: 429 RATE_LIMITED with Retry-After. Replays of an earlier request are not counted.
 */
@Injectable()
export class OrderRateLimit {
  private readonly local = new Map<string, { window: number; count: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisConnections,
  ) {}

  async take(userId: string, now = Date.now()): Promise<void> {
    const window = Math.floor(now / WINDOW_MS);
    const count = this.redis.enabled ? await this.countInRedis(userId, window) : this.countLocally(userId, window);
    if (count > this.config.orders.maxPerMinute) {
      const retryAfter = ((window + 1) * WINDOW_MS - now) / 1000;
      throw new DomainError(
        'RATE_LIMITED',
        `At most ${this.config.orders.maxPerMinute} orders a minute; try again in ${Math.ceil(retryAfter)} s`,
        undefined,
        retryAfter,
      );
    }
  }

  private async countInRedis(userId: string, window: number): Promise<number> {
    const key = this.redis.key('orders', 'rate', userId, String(window));
    const [[, count]] = (await this.redis
      .client()
      .multi()
      .incr(key)
      .pexpire(key, WINDOW_MS * 2)
      .exec()) as [[Error | null, number]];
    return count;
  }

  private countLocally(userId: string, window: number): number {
    const entry = this.local.get(userId);
    const next = entry && entry.window === window ? { window, count: entry.count + 1 } : { window, count: 1 };
    this.local.set(userId, next);
    if (this.local.size > 10_000) for (const [k, v] of this.local) if (v.window < window) this.local.delete(k);
    return next.count;
  }
}
