import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, RedisConnections } from '@livefair/core';

const WINDOW_MS = 60_000;

/**
 * Image uploads per user per minute (UPLOAD_MAX_PER_MINUTE), counted in fixed one-minute windows:
 * in Redis when configured (every API process counts together), in this process otherwise.
 * Every attempt counts, refused ones too, so a client cannot probe the limits for free.
 */
@Injectable()
export class UploadRate {
  private readonly local = new Map<string, { window: number; n: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisConnections,
  ) {}

  /**
   * Counts one upload of `userId` from `ip` (each against its own limit): null when both are
   * within their limits, else the seconds until the next window.
   */
  async hit(userId: string, ip: string): Promise<number | null> {
    const { uploadsPerMinute, uploadsPerMinutePerIp } = this.config.catalog;
    const [user, addr] = await Promise.all([
      this.count(`u:${userId}`, uploadsPerMinute),
      this.count(`ip:${ip}`, uploadsPerMinutePerIp),
    ]);
    return user ?? addr;
  }

  private async count(userId: string, max: number): Promise<number | null> {
    const now = Date.now();
    const window = Math.floor(now / WINDOW_MS);
    let n: number;
    if (this.redis.enabled) {
      const key = this.redis.key('upload-rate', userId, String(window));
      const [[, count]] = (await this.redis
        .client()
        .multi()
        .incr(key)
        .pexpire(key, WINDOW_MS * 2)
        .exec()) as [[Error | null, number]];
      n = Number(count);
    } else {
      const seen = this.local.get(userId);
      n = seen && seen.window === window ? seen.n + 1 : 1;
      this.local.set(userId, { window, n });
      if (this.local.size > 10_000) this.prune(window);
    }
    return n > max ? Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now) / 1000)) : null;
  }

  private prune(window: number): void {
    for (const [user, seen] of this.local) if (seen.window !== window) this.local.delete(user);
  }
}
