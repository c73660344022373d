import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ClusterBus } from '../redis/cluster-bus';
import { RedisConnections } from '../redis/redis-connections';
import { Principal } from './principal';

const CHANNEL = 'auth.revoked';
const PRUNE_EVERY_MS = 10 * 60_000;

interface Revoked {
  userId: string;
  /** Tokens of this user issued before this instant (epoch ms) are refused. */
  cutoffMs: number;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** JWT_TTL (`30m`, `12h`, `7d`, validated by the config) in milliseconds. */
export function jwtTtlMs(ttl: string): number {
  const m = /^(\d+)([smhd])$/.exec(ttl);
  return m ? Number(m[1]) * UNIT_SECONDS[m[2]] * 1000 : 0;
}

/**
 * "Every token of this user issued before now stops working", in every process within about
 * a second (logout, a change of role or enterprise).
 *
 * Each revocation is a cut-off time per user, compared with the token's millisecond issue time
 * (TokenService signs it into the token): a login right after a logout, even in the same
 * second, gets a token issued after the cut-off and works at once. (Clocks of the processes
 * must agree to well under a second, as NTP keeps them.)
 *
 * Where it lives: production keeps `<prefix>:revoked:<userId>` in Redis, expiring with the
 * token lifetime (older tokens have expired anyway), and announces it on the ClusterBus so every
 * process updates its local copy at once; a process loads all current cut-offs at start. The
 * embedded default keeps them in memory and in DATA_DIR/revocations.json, so a restart (or the
 * admin command, run while the server is stopped) keeps them.
 *
 * `isRevoked` is a Map lookup: it runs on every HTTP request and socket event.
 */
@Injectable()
export class TokenRevocations implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('TokenRevocations');
  private readonly cutoffs = new Map<string, number>();
  private readonly listeners = new Set<(userId: string) => void>();
  private readonly ttlMs: number;
  private unsubscribe: (() => void) | null = null;
  private pruneTimer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisConnections,
    private readonly bus: ClusterBus,
  ) {
    this.ttlMs = jwtTtlMs(config.auth.jwtTtl);
  }

  async onModuleInit(): Promise<void> {
    // Subscribe before loading, so a revocation made meanwhile is not missed.
    this.unsubscribe = await this.bus.subscribe<Revoked>(CHANNEL, (r) => this.apply(r));
    if (this.redis.enabled) await this.loadFromRedis();
    else this.loadFromFile();
    this.pruneTimer = setInterval(() => this.prune(), PRUNE_EVERY_MS);
    this.pruneTimer.unref();
  }

  onApplicationShutdown(): void {
    this.unsubscribe?.();
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    this.listeners.clear();
  }

  /** Every token of `userId` issued before now stops working here at once, elsewhere within about a second. */
  async revokeUser(userId: string): Promise<void> {
    const revoked: Revoked = { userId, cutoffMs: Date.now() };
    this.apply(revoked);
    if (this.redis.enabled) {
      await this.redis
        .client()
        .set(this.redis.key('revoked', userId), String(revoked.cutoffMs), 'PX', Math.max(1000, this.ttlMs));
    } else {
      this.saveToFile();
    }
    await this.bus.publish(CHANNEL, revoked);
  }

  /** True when the principal's token was issued before its user's last revocation. */
  isRevoked(principal: Pick<Principal, 'userId' | 'issuedAt'>): boolean {
    const cutoff = this.cutoffs.get(principal.userId);
    return cutoff !== undefined && Math.round(principal.issuedAt * 1000) < cutoff;
  }

  /** Called with the user id of every revocation seen by this process (its own and others'); returns the unsubscribe. */
  onRevoked(listener: (userId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private apply({ userId, cutoffMs }: Revoked): void {
    if (typeof userId !== 'string' || typeof cutoffMs !== 'number') return;
    const known = this.cutoffs.get(userId);
    if (known !== undefined && known >= cutoffMs) return;
    this.cutoffs.set(userId, cutoffMs);
    for (const listener of this.listeners) {
      try {
        listener(userId);
      } catch (err) {
        this.logger.error({ err }, 'a revocation listener failed');
      }
    }
  }

  private async loadFromRedis(): Promise<void> {
    const client = this.redis.client();
    const prefix = this.redis.key('revoked', '');
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length === 0) continue;
      const values = await client.mget(...keys);
      keys.forEach((key, i) => {
        const cutoffMs = Number(values[i]);
        if (Number.isFinite(cutoffMs)) this.apply({ userId: key.slice(prefix.length), cutoffMs });
      });
    } while (cursor !== '0');
  }

  private get file(): string {
    return join(this.config.dataDir, 'revocations.json');
  }

  private loadFromFile(): void {
    if (!existsSync(this.file)) return;
    try {
      const saved = JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, number>;
      for (const [userId, cutoffMs] of Object.entries(saved)) this.apply({ userId, cutoffMs });
      this.prune();
    } catch (err) {
      this.logger.warn({ err }, `ignoring an unreadable ${this.file}`);
    }
  }

  private saveToFile(): void {
    try {
      mkdirSync(this.config.dataDir, { recursive: true });
      const tmp = `${this.file}.tmp`;
      writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.cutoffs)), { mode: 0o600 });
      renameSync(tmp, this.file);
    } catch (err) {
      // The in-memory cut-off still holds for this process; only a restart would forget it.
      this.logger.warn({ err }, `could not save ${this.file}`);
    }
  }

  /** Cut-offs older than the token lifetime protect nothing: every token they cover has expired. */
  private prune(): void {
    const oldest = Date.now() - this.ttlMs;
    for (const [userId, cutoffMs] of this.cutoffs) if (cutoffMs < oldest) this.cutoffs.delete(userId);
  }
}
