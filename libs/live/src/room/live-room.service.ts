import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError } from '@livefair/core';
import type { IceServerView, JoinResult } from '@livefair/protocol';
import { RoomEntryState } from '../chat/room-entry-state';
import { roomChannel } from '../gateway/room-hub';
import { LiveSocket, principalOf } from '../gateway/socket-principal';
import { LiveSessionService } from '../sessions/live-session.service';
import { toSessionView } from '../sessions/views';
import { RoomRegistry } from './room-registry';
import { SfuRoom } from './sfu-room';
import { ViewerCounter } from './viewer-counter';
import { PerSocketQueue } from './per-socket-queue';

/** Joining and leaving rooms: who may enter, as what, and what they see on entry. */
@Injectable()
export class LiveRoomService {
  private readonly queue = new PerSocketQueue<LiveSocket>();

  constructor(
    private readonly registry: RoomRegistry,
    private readonly sessions: LiveSessionService,
    private readonly viewers: ViewerCounter,
    private readonly entry: RoomEntryState,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Joins (leaving the current room first); serialized with this socket's other joins and leaves. */
  join(socket: LiveSocket, sessionId: string, as: 'viewer' | 'publisher'): Promise<JoinResult> {
    return this.queue.run(socket, () => this.enter(socket, sessionId, as));
  }

  leave(socket: LiveSocket): Promise<void> {
    return this.queue.run(socket, () => this.exit(socket));
  }

  private async enter(socket: LiveSocket, sessionId: string, as: 'viewer' | 'publisher'): Promise<JoinResult> {
    const principal = principalOf(socket);
    const { session, pinned, recentChat, bannedUserIds } = await this.entry.get(sessionId);
    stillConnected(socket);
    if (session.status === 'ended') throw new DomainError('LIVE_SESSION_ENDED', 'This live session has ended');
    const staff = this.sessions.isStaff(principal, session);
    if (as === 'publisher' && !staff) throw new DomainError('NOT_BOOTH_STAFF', "Only the booth's exhibitor staff may publish");
    if (!principal && !session.allowAnonymous) throw new DomainError('AUTH_REQUIRED', 'Log in to watch this live session');
    if (socket.data.sessionId) await this.exit(socket);

    const room = await this.registry.getOrOpen(sessionId);
    if (!socket.connected) {
      // Opened for a socket that is gone: let it close like any room left empty.
      if (room.peerCount() === 0) void this.closeIfIdle(sessionId);
      stillConnected(socket);
    }
    room.peer(socket.id, as === 'publisher');
    socket.data.sessionId = sessionId;
    socket.data.publisher = as === 'publisher';
    socket.data.staff = staff;
    const viewerCount = as === 'viewer' ? this.viewers.add(sessionId, socket.id) : this.viewers.count(sessionId);
    await socket.join(roomChannel(sessionId));
    if (!socket.connected) {
      await this.exit(socket);
      stillConnected(socket);
    }

    const banned = !!principal && bannedUserIds.has(principal.userId);
    return {
      session: toSessionView(session),
      routerRtpCapabilities: room.rtpCapabilities as unknown as Record<string, unknown>,
      iceServers: this.iceServers(),
      producers: room.producerViews(),
      viewerCount,
      pinned,
      recentChat,
      can: { publish: as === 'publisher', chat: !!principal && !banned, moderate: staff },
    };
  }

  private async exit(socket: LiveSocket): Promise<void> {
    const sessionId = socket.data.sessionId;
    if (!sessionId) return;
    socket.data.sessionId = undefined;
    socket.data.publisher = false;
    socket.data.staff = false;
    this.viewers.remove(sessionId, socket.id);
    await socket.leave(roomChannel(sessionId));
    const room = this.registry.get(sessionId);
    if (!room) return;
    room.removePeer(socket.id);
    if (room.peerCount() === 0) await this.closeIfIdle(sessionId);
  }

  /**
   * An empty room closes at once when its session has ended; otherwise after a
   * grace period, so a publisher who reloads the studio finds the room still there.
   */
  private async closeIfIdle(sessionId: string): Promise<void> {
    const session = await this.sessions.get(sessionId).catch(() => null);
    if (!session || session.status === 'ended') return this.registry.close(sessionId);
    const timer = setTimeout(() => {
      const room = this.registry.get(sessionId);
      if (room && room.peerCount() === 0) this.registry.close(sessionId);
    }, this.config.live.roomIdleMs);
    timer.unref();
  }

  room(socket: LiveSocket): SfuRoom {
    const sessionId = socket.data.sessionId;
    const room = sessionId ? this.registry.get(sessionId) : undefined;
    if (!room || !room.hasPeer(socket.id)) throw new DomainError('NOT_IN_ROOM', 'Join the room first');
    return room;
  }

  private iceServers(): IceServerView[] {
    const { urls, username, credential } = this.config.ice;
    if (urls.length === 0) return [];
    return [{ urls, ...(username ? { username } : {}), ...(credential ? { credential } : {}) }];
  }
}

/** After every wait in a join: a socket that disconnected meanwhile gets nothing (and is left undone). */
function stillConnected(socket: LiveSocket): void {
  if (!socket.connected) throw new DomainError('NOT_IN_ROOM', 'The socket disconnected during the join');
}
