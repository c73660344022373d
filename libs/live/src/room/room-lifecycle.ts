import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ClusterBus, Principal } from '@livefair/core';
import type { LiveSessionView } from '@livefair/protocol';
import { LikeService } from '../chat/like.service';
import { RoomEntryState } from '../chat/room-entry-state';
import { RoomHub } from '../gateway/room-hub';
import { SESSION_ENDED, SessionSignal } from '../live-signals';
import { LiveSessionService } from '../sessions/live-session.service';
import { toSessionView } from '../sessions/views';
import { AbandonTimer } from './abandon-timer';
import { RoomRegistry } from './room-registry';
import { SfuRoom } from './sfu-room';
import { ViewerCounter } from './viewer-counter';

/**
 * A room's life beside its peers: media starting marks the session live, media gone for
 * LIVE_ABANDON_SECONDS ends it, the staff end it, a worker death resets it. An end, wherever it
 * happens, reaches every live process (ClusterBus), and each tells its own sockets.
 */
@Injectable()
export class RoomLifecycle implements OnModuleInit {
  private readonly logger = new Logger('RoomLifecycle');
  private readonly abandonment: AbandonTimer;

  constructor(
    private readonly registry: RoomRegistry,
    private readonly sessions: LiveSessionService,
    private readonly hub: RoomHub,
    private readonly viewers: ViewerCounter,
    private readonly entry: RoomEntryState,
    private readonly likes: LikeService,
    private readonly bus: ClusterBus,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.abandonment = new AbandonTimer(config.live.abandonAfterMs, (id) => this.endAbandoned(id));
  }

  async onModuleInit(): Promise<void> {
    this.registry.on('opened', (room) => this.wire(room));
    this.registry.on('reset', ({ sessionId, reason }) => {
      this.hub.toLocalRoom(sessionId, 'room.reset', { reason });
      this.viewers.clear(sessionId);
      this.hub.evict(sessionId);
    });
    await this.bus.subscribe<SessionSignal>(SESSION_ENDED, ({ sessionId }) => this.ended(sessionId));
  }

  /** The booth ends its broadcast: everyone is told, media stops. */
  async end(principal: Principal | null, sessionId: string): Promise<LiveSessionView> {
    await this.sessions.getForStaff(principal, sessionId);
    return toSessionView(await this.finish(sessionId));
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

  private async finish(sessionId: string) {
    const ended = await this.sessions.end(sessionId);
    // At once here, so nothing more is accepted into the room; the rest when the message arrives.
    this.entry.forget(sessionId);
    await this.likes.flush(sessionId);
    await this.bus.publish(SESSION_ENDED, { sessionId } satisfies SessionSignal);
    return ended;
  }

  /** On every live process: this process's sockets in the room are told, its media for the room closes. */
  private ended(sessionId: string): void {
    this.abandonment.cancel(sessionId);
    this.entry.forget(sessionId);
    for (const socket of this.hub.localSockets(sessionId)) socket.data.sessionEnded = true;
    this.hub.toLocalRoom(sessionId, 'room.status', { status: 'ended' });
    this.hub.toLocalRoom(sessionId, 'pin.changed', { pinned: null });
    void this.likes.flush(sessionId).catch(() => undefined);
    this.registry.close(sessionId);
    this.viewers.clear(sessionId);
    this.hub.evict(sessionId);
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
      // A meeting room is not abandoned when media pauses: it closes at its end time or when cancelled.
      if (!room.hasProducers() && !room.sharedPublishing) this.abandonment.start(id);
    });
    room.on('producerPaused', (e) => this.hub.toRoom(id, 'room.producerPaused', e));
    room.on('consumerClosed', ({ peerId, consumerId }) => this.hub.toSocket(peerId, 'consumer.closed', { consumerId }));
    room.on('layersChanged', ({ peerId, ...layers }) => this.hub.toSocket(peerId, 'consumer.layersChanged', layers));
  }
}
