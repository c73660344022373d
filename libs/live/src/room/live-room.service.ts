import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, Principal } from '@livefair/core';
import type { IceServerView, JoinResult } from '@livefair/protocol';
import { LikeService } from '../chat/like.service';
import { RoomEntryState } from '../chat/room-entry-state';
import { roomChannel, RoomHub } from '../gateway/room-hub';
import { LiveSocket, principalOf } from '../gateway/socket-principal';
import { LiveSessionService } from '../sessions/live-session.service';
import { toSessionView } from '../sessions/views';
import { RoomRegistry } from './room-registry';
import { SfuRoom } from './sfu-room';
import { ViewerCounter } from './viewer-counter';
import { AbandonTimer } from './abandon-timer';
import { PerSocketQueue } from './per-socket-queue';

/** Joining and leaving rooms: who may enter, as what, and what they see on entry. */
@Injectable()
export class LiveRoomService implements OnModuleInit {
  private readonly logger = new Logger('LiveRoom');
  private readonly queue = new PerSocketQueue<LiveSocket>();

  constructor(
    private readonly registry: RoomRegistry,
    private readonly sessions: LiveSessionService,
    private readonly hub: RoomHub,
    private readonly viewers: ViewerCounter,
    private readonly entry: RoomEntryState,
    private readonly likes: LikeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.abandonment = new AbandonTimer(config.live.abandonAfterMs, (id) => this.endAbandoned(id));
  }

  private readonly abandonment: AbandonTimer;

  onModuleInit(): void {
    this.registry.on('opened', (room) => this.wire(room));
    this.registry.on('reset', ({ sessionId, reason }) => {
      this.hub.toRoom(sessionId, 'room.reset', { reason });
      this.viewers.clear(sessionId);
      void this.hub.evict(sessionId);
    });
  }

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

  /** The booth ends its broadcast: everyone is told, media stops, the room closes when empty. */
  async end(principal: Principal | null, sessionId: string) {
    await this.sessions.getForStaff(principal, sessionId);
    const ended = await this.finish(sessionId);
    return toSessionView(ended);
  }

  /** A live session whose media stopped and never came back ends by itself. */
  private async endAbandoned(sessionId: string): Promise<void> {
    const room = this.registry.get(sessionId);
    if (room?.hasProducers()) return;
    const session = await this.sessions.get(sessionId);
    if (session.status !== 'live') return;
    this.logger.log(`ending abandoned live session ${sessionId}`);
    await this.finish(sessionId);
  }

  /** Ends a session: stored, told to everyone in the room, media closed. */
  private async finish(sessionId: string) {
    this.abandonment.cancel(sessionId);
    const ended = await this.sessions.end(sessionId);
    this.entry.forget(sessionId);
    this.hub.toRoom(sessionId, 'room.status', { status: 'ended' });
    this.hub.toRoom(sessionId, 'pin.changed', { pinned: null });
    await this.likes.flush(sessionId);
    this.registry.close(sessionId);
    this.viewers.clear(sessionId);
    await this.hub.evict(sessionId);
    return ended;
  }

  private wire(room: SfuRoom): void {
    const id = room.sessionId;
    room.on('producerAdded', (producer) => {
      this.abandonment.cancel(id);
      this.hub.toRoom(id, 'room.producerAdded', producer);
      this.sessions
        .markLive(id)
        .then((s) => (this.entry.forget(id), s))
        .then((s) => this.hub.toRoom(id, 'room.status', { status: s.status }))
        .catch((err: unknown) => this.logger.warn({ err }, `could not mark ${id} live`));
    });
    room.on('producerClosed', ({ producerId }) => {
      this.hub.toRoom(id, 'room.producerClosed', { producerId });
      if (!room.hasProducers()) this.abandonment.start(id);
    });
    room.on('producerPaused', (e) => this.hub.toRoom(id, 'room.producerPaused', e));
    room.on('consumerClosed', ({ peerId, consumerId }) => this.hub.toSocket(peerId, 'consumer.closed', { consumerId }));
    room.on('layersChanged', ({ peerId, ...layers }) => this.hub.toSocket(peerId, 'consumer.layersChanged', layers));
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
