import { Injectable } from '@nestjs/common';
import { DomainError } from '@livefair/core';
import type { JoinResult } from '@livefair/protocol';
import { RoomEntryState } from '../chat/room-entry-state';
import { KeyedQueue } from '../keyed-queue';
import { roomChannel } from '../gateway/room-hub';
import { LiveSocket, principalOf } from '../gateway/socket-principal';
import { LiveSessionService } from '../sessions/live-session.service';
import { toSessionView } from '../sessions/views';
import { RoomRegistry } from './room-registry';
import { SfuRoom } from './sfu-room';
import { ViewerCounter } from './viewer-counter';
import { IceServers } from './ice-servers';
import { IdleRooms } from './idle-rooms';
import { admitToMeeting, assertMeetingRoomHasPlace } from './meeting-admission';
import { RouterCapabilities } from './router-capabilities';

/** Joining and leaving rooms: who may enter, as what, and what they see on entry. */
@Injectable()
export class LiveRoomService {
  private readonly queue = new KeyedQueue<LiveSocket>();

  constructor(
    private readonly registry: RoomRegistry,
    private readonly sessions: LiveSessionService,
    private readonly viewers: ViewerCounter,
    private readonly entry: RoomEntryState,
    private readonly capabilities: RouterCapabilities,
    private readonly idle: IdleRooms,
    private readonly ice: IceServers,
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
    const meeting = session.kind === 'meeting';
    if (meeting) admitToMeeting(principal, session);
    const staff = this.sessions.isStaff(principal, session);
    const publisher = as === 'publisher';
    if (publisher && !staff && !meeting) throw new DomainError('NOT_BOOTH_STAFF', "Only the booth's exhibitor staff may publish");
    if (!principal && !session.allowAnonymous) throw new DomainError('AUTH_REQUIRED', 'Log in to watch this live session');
    if (socket.data.sessionId) await this.exit(socket);
    const capabilities = await this.capabilities.get();
    stillConnected(socket);

    // Routers only for a live session, a publisher or a meeting (its place count needs the room); a
    // viewer before the start waits in the channel.
    let room =
      publisher || meeting || session.status === 'live'
        ? await this.registry.getOrOpen(sessionId, meeting)
        : this.registry.get(sessionId);
    if (!socket.connected) {
      this.idle.check(sessionId);
      stillConnected(socket);
    }
    // No await between the count and taking the place: two joins in this process cannot both pass.
    if (meeting && room && !room.hasPeer(socket.id)) assertMeetingRoomHasPlace(room.peerCount());
    room?.peer(socket.id, publisher);
    Object.assign(socket.data, { sessionId, publisher, staff, sessionEnded: false });
    const viewerCount = publisher ? this.viewers.count(sessionId) : this.viewers.add(sessionId, socket.id);
    await socket.join(roomChannel(sessionId));
    if (!socket.connected) {
      await this.exit(socket);
      stillConnected(socket);
    }
    // A publisher may have opened the room while we joined its channel: its producers are in our result.
    room ??= this.registry.get(sessionId);
    if (room && !room.hasPeer(socket.id)) room.peer(socket.id, false);

    const banned = !!principal && bannedUserIds.has(principal.userId);
    return {
      session: toSessionView(session),
      routerRtpCapabilities: (room?.rtpCapabilities ?? capabilities) as unknown as Record<string, unknown>,
      iceServers: this.ice.for(socket),
      producers: room?.producerViews() ?? [],
      viewerCount,
      pinned,
      recentChat,
      can: { publish: publisher, chat: !!principal && !banned, moderate: staff },
    };
  }

  private async exit(socket: LiveSocket): Promise<void> {
    const sessionId = socket.data.sessionId;
    if (!sessionId) return;
    Object.assign(socket.data, { sessionId: undefined, publisher: false, staff: false, sessionEnded: false });
    this.viewers.remove(sessionId, socket.id);
    await socket.leave(roomChannel(sessionId));
    const room = this.registry.get(sessionId);
    if (!room) return;
    room.removePeer(socket.id);
    this.idle.check(sessionId);
  }

  /**
   * The socket's room, for media requests. A viewer who joined before the room had routers
   * becomes its peer now (it was told `room.producerAdded`).
   */
  room(socket: LiveSocket): SfuRoom {
    const { sessionId, publisher, sessionEnded } = socket.data;
    if (!sessionId) throw new DomainError('NOT_IN_ROOM', 'Join the room first');
    if (sessionEnded) throw new DomainError('LIVE_SESSION_ENDED', 'This live session has ended');
    const room = this.registry.get(sessionId);
    if (!room) throw new DomainError('LIVE_NOT_STARTED', 'The broadcast has not started; media follows room.producerAdded');
    if (!room.hasPeer(socket.id)) {
      if (publisher) throw new DomainError('NOT_IN_ROOM', 'Join the room again');
      room.peer(socket.id, false);
    }
    return room;
  }
}

/** After every wait in a join: a socket that disconnected meanwhile gets nothing (and is left undone). */
function stillConnected(socket: LiveSocket): void {
  if (!socket.connected) throw new DomainError('NOT_IN_ROOM', 'The socket disconnected during the join');
}
