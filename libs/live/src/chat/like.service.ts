import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { RoomHub } from '../gateway/room-hub';
import { LiveSessionService } from '../sessions/live-session.service';

const LIKE_FLUSH_MS = 2000;

/** Likes are counted in memory and written as one UPDATE per room every two seconds. */
@Injectable()
export class LikeService implements OnModuleDestroy {
  private readonly pendingLikes = new Map<string, number>();
  private readonly likeTotals = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly sessions: LiveSessionService,
    private readonly hub: RoomHub,
  ) {
    this.timer = setInterval(() => void this.flushAll(), LIKE_FLUSH_MS);
    this.timer.unref();
  }

  async like(sessionId: string, count: number): Promise<number> {
    if (!this.likeTotals.has(sessionId)) this.likeTotals.set(sessionId, (await this.sessions.get(sessionId)).likeCount);
    this.pendingLikes.set(sessionId, (this.pendingLikes.get(sessionId) ?? 0) + count);
    const total = this.likeTotals.get(sessionId)! + count;
    this.likeTotals.set(sessionId, total);
    return total;
  }

  async flush(sessionId: string): Promise<void> {
    const n = this.pendingLikes.get(sessionId);
    if (!n) return;
    this.pendingLikes.delete(sessionId);
    await this.sessions.addLikes(sessionId, n);
    this.hub.toRoom(sessionId, 'likes.count', { likeCount: this.likeTotals.get(sessionId) ?? 0 });
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flushAll();
  }

  private async flushAll(): Promise<void> {
    for (const id of [...this.pendingLikes.keys()]) await this.flush(id).catch(() => undefined);
  }
}
