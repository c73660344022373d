import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@livefair/core';
import { RoomHub } from '../gateway/room-hub';
import { LiveSessionService } from '../sessions/live-session.service';
import { RoomRegistry } from './room-registry';

/**
 * A room (its routers on the workers) exists only while its session is live or a publisher is in
 * it. When its last publisher leaves a room whose session has not gone live, or the last peer
 * leaves a live one, it closes LIVE_ROOM_IDLE_SECONDS later unless that has changed (a studio
 * reload finds its room still there); viewers still in it are sent `room.reset` and wait in the
 * room's channel, without a router, for the broadcast to start.
 */
@Injectable()
export class IdleRooms implements OnModuleDestroy {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly registry: RoomRegistry,
    private readonly sessions: LiveSessionService,
    private readonly hub: RoomHub,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** After a peer left the room (or a join opened it for a socket that was gone). */
  check(sessionId: string): void {
    const room = this.registry.get(sessionId);
    if (!room || room.hasPublisherPeer() || this.timers.has(sessionId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(sessionId);
      void this.closeIfIdle(sessionId);
    }, this.config.live.roomIdleMs);
    timer.unref();
    this.timers.set(sessionId, timer);
  }

  onModuleDestroy(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private async closeIfIdle(sessionId: string): Promise<void> {
    const room = this.registry.get(sessionId);
    if (!room || room.hasPublisherPeer()) return;
    const session = await this.sessions.get(sessionId).catch(() => null);
    if (session?.status === 'live' && room.peerCount() > 0) return;
    if (room.peerCount() > 0) this.hub.toLocalRoom(sessionId, 'room.reset', { reason: 'the broadcast has not started' });
    this.registry.close(sessionId);
  }
}
