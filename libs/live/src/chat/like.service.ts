import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, Principal } from '@livefair/core';
import { RoomHub } from '../gateway/room-hub';
import { TokenBuckets } from '../gateway/token-buckets';
import { ROOM_COUNTERS, RoomCounters } from '../room/room-counters';
import { LiveSessionService } from '../sessions/live-session.service';
import { RoomEntryState } from './room-entry-state';

const LIKE_FLUSH_MS = 2000;

/**
 * Likes: the room's total is shared by every live process (RoomCounters); each process writes
 * the likes it took as one UPDATE per room every two seconds and then tells its own sockets the
 * room's total when it changed.
 */
@Injectable()
export class LikeService implements OnModuleDestroy {
  private readonly logger = new Logger('Likes');
  private readonly pending = new Map<string, number>();
  private readonly told = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  /** LIVE_LIKE_RATE taps per user per room. */
  private readonly taps: TokenBuckets;

  constructor(
    private readonly sessions: LiveSessionService,
    private readonly entry: RoomEntryState,
    private readonly hub: RoomHub,
    @Inject(ROOM_COUNTERS) private readonly counters: RoomCounters,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.taps = new TokenBuckets(config.live.likeRate);
    this.timer = setInterval(() => void this.tick(), LIKE_FLUSH_MS);
    this.timer.unref();
  }

  /**
   * Adds a user's `count` taps, as many as their LIVE_LIKE_RATE bucket holds (RATE_LIMITED when
   * none); returns the room's total across processes.
   */
  async like(principal: Principal, sessionId: string, requested: number): Promise<number> {
    await this.entry.requireOpen(sessionId);
    const count = this.taps.takeUpTo(`${sessionId}:${principal.userId}`, requested);
    if (count === 0) throw new DomainError('RATE_LIMITED', 'You are liking faster than anyone taps; wait a moment');
    const total = await this.counters.addLikes(sessionId, count, async () => (await this.sessions.get(sessionId)).likeCount);
    this.pending.set(sessionId, (this.pending.get(sessionId) ?? 0) + count);
    return total;
  }

  /** Stores the likes this process took in a room. */
  async flush(sessionId: string): Promise<void> {
    const n = this.pending.get(sessionId);
    if (!n) return;
    this.pending.delete(sessionId);
    await this.sessions.addLikes(sessionId, n);
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flushAll();
  }

  private async tick(): Promise<void> {
    await this.flushAll();
    const rooms = this.hub.localRoomIds();
    for (const id of this.told.keys()) if (!rooms.includes(id)) this.told.delete(id);
    await Promise.all(
      rooms.map(async (id) => {
        const total = await this.counters.likeTotal(id).catch(() => null);
        if (total === null || this.told.get(id) === total) return;
        this.told.set(id, total);
        this.hub.toLocalRoom(id, 'likes.count', { likeCount: total });
      }),
    );
  }

  private async flushAll(): Promise<void> {
    for (const id of [...this.pending.keys()]) {
      await this.flush(id).catch((err: unknown) => this.logger.warn({ err }, `could not store the likes of ${id}`));
    }
  }
}
