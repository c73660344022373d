import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { LiveSessionService } from '../sessions/live-session.service';
import { RoomHub } from '../gateway/room-hub';

const BROADCAST_EVERY_MS = 1000;

/**
 * Viewers per room on this process. Counts are broadcast at most once a second
 * per room, so a join burst of hundreds does not become hundreds of messages each.
 */
@Injectable()
export class ViewerCounter implements OnModuleDestroy {
  private readonly viewers = new Map<string, Set<string>>();
  private readonly dirty = new Set<string>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly hub: RoomHub,
    private readonly sessions: LiveSessionService,
  ) {
    this.timer = setInterval(() => this.flush(), BROADCAST_EVERY_MS);
    this.timer.unref();
  }

  add(sessionId: string, socketId: string): number {
    let set = this.viewers.get(sessionId);
    if (!set) this.viewers.set(sessionId, (set = new Set()));
    set.add(socketId);
    this.dirty.add(sessionId);
    return set.size;
  }

  remove(sessionId: string, socketId: string): void {
    if (this.viewers.get(sessionId)?.delete(socketId)) this.dirty.add(sessionId);
  }

  count(sessionId: string): number {
    return this.viewers.get(sessionId)?.size ?? 0;
  }

  clear(sessionId: string): void {
    this.viewers.delete(sessionId);
    this.dirty.delete(sessionId);
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private flush(): void {
    for (const sessionId of this.dirty) {
      const viewerCount = this.count(sessionId);
      this.hub.toRoom(sessionId, 'viewers.count', { viewerCount });
      void this.sessions.notePeakViewers(sessionId, viewerCount).catch(() => undefined);
    }
    this.dirty.clear();
  }
}
