import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, RedisConnections } from '@livefair/core';

const WINDOW_MS = 60_000;

export type BoothRateKind = 'edit' | 'search';

/**
 * Per-minute bounds of profile edits and favourite changes (BOOTH_EDITS_PER_MINUTE, per user) and
 * of searches (BOOTH_SEARCHES_PER_MINUTE, per user or per address): fixed one-minute windows,
 * counted in Redis when configured (every API process together), in this process otherwise.
 */
@Injectable()
export class BoothRate {
  private readonly local = new Map<string, { window: number; n: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisConnections,
  ) {}

  /** Counts one call; throws 429 RATE_LIMITED (with Retry-After) past the limit. */
  async hit(kind: BoothRateKind, who: string): Promise<void> {
    const max = kind === 'edit' ? this.config.booths.editsPerMinute : this.config.booths.searchesPerMinute;
    const now = Date.now();
    const window = Math.floor(now / WINDOW_MS);
    const n = await this.count(`${kind}:${who}`, window);
    if (n > max) {
      const retry = Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now) / 1000));
      throw new DomainError(
        'RATE_LIMITED',
        `Too many ${kind === 'edit' ? 'changes' : 'searches'}; try again in ${retry} s`,
        undefined,
        retry,
      );
    }
  }

  private async count(id: string, window: number): Promise<number> {
    if (this.redis.enabled) {
      const key = this.redis.key('booth-rate', id, String(window));
      const [[, count]] = (await this.redis
        .client()
        .multi()
        .incr(key)
        .pexpire(key, WINDOW_MS * 2)
        .exec()) as [[Error | null, number]];
      return Number(count);
    }
    const seen = this.local.get(id);
    const n = seen && seen.window === window ? seen.n + 1 : 1;
    this.local.set(id, { window, n });
    if (this.local.size > 10_000) for (const [k, v] of this.local) if (v.window !== window) this.local.delete(k);
    return n;
  }
}
