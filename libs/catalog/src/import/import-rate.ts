import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, RedisConnections } from '@livefair/core';

const WINDOW_MS = 3_600_000;

/**
 * Export-catalog uploads per user per clock hour (IMPORT_MAX_PER_HOUR): in Redis when configured
 * (every API process counts together), in this process otherwise. Refused attempts count too.
 */
@Injectable()
export class ImportRate {
  private readonly local = new Map<string, { window: number; n: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisConnections,
  ) {}

  /** Counts one upload: null within the limit, else the seconds until the next window. */
  async hit(userId: string): Promise<number | null> {
    const max = this.config.catalogImport.uploadsPerHour;
    const now = Date.now();
    const window = Math.floor(now / WINDOW_MS);
    let n: number;
    if (this.redis.enabled) {
      const key = this.redis.key('import-rate', userId, String(window));
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
      if (this.local.size > 10_000) for (const [u, s] of this.local) if (s.window !== window) this.local.delete(u);
    }
    return n > max ? Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now) / 1000)) : null;
  }
}
