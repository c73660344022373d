import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, RedisConnections } from '@livefair/core';

const WINDOW_MS = 3_600_000;

/**
 * Export-catalog uploads per clock hour, per user (IMPORT_MAX_PER_HOUR) and per client IP, all
 * users together (IMPORT_MAX_PER_HOUR_PER_IP): in Redis when configured (every API process counts
 * together), in this process otherwise. Refused attempts count too.
 */
@Injectable()
export class ImportRate {
  private readonly local = new Map<string, { window: number; n: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisConnections,
  ) {}

  /** Counts one upload: null within both limits, else the seconds until the next window. */
  async hit(userId: string, ip: string): Promise<number | null> {
    const now = Date.now();
    const window = Math.floor(now / WINDOW_MS);
    const byUser = await this.count(`u:${userId}`, window);
    const byIp = await this.count(`ip:${ip}`, window);
    const { uploadsPerHour, uploadsPerHourPerIp } = this.config.catalogImport;
    if (byUser <= uploadsPerHour && byIp <= uploadsPerHourPerIp) return null;
    return Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now) / 1000));
  }

  private async count(who: string, window: number): Promise<number> {
    if (this.redis.enabled) {
      const key = this.redis.key('import-rate', who, String(window));
      const [[, count]] = (await this.redis
        .client()
        .multi()
        .incr(key)
        .pexpire(key, WINDOW_MS * 2)
        .exec()) as [[Error | null, number]];
      return Number(count);
    }
    const seen = this.local.get(who);
    const n = seen && seen.window === window ? seen.n + 1 : 1;
    this.local.set(who, { window, n });
    if (this.local.size > 10_000) for (const [k, s] of this.local) if (s.window !== window) this.local.delete(k);
    return n;
  }
}
