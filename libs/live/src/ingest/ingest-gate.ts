import { Injectable } from '@nestjs/common';
import { DomainError } from '@livefair/core';
import { randomUUID } from 'node:crypto';
import { RoomRegistry } from '../room/room-registry';
import { SfuRoom } from '../room/sfu-room';
import { LiveSessionService } from '../sessions/live-session.service';

export interface IngestPeer {
  room: SfuRoom;
  resourceId: string;
  peerId: string;
}

/**
 * What WHIP and RTP ingest share: the stream key opens a publishing peer in the
 * session's room (the room itself refuses a second publisher), and the peer is
 * tracked by a resource id until the encoder deletes it or goes away.
 */
@Injectable()
export class IngestGate {
  private readonly resources = new Map<string, { sessionId: string; peerId: string }>();

  constructor(
    private readonly sessions: LiveSessionService,
    private readonly registry: RoomRegistry,
  ) {}

  /** Runs `setup` for a new publishing peer; on failure the peer is removed again. */
  async open<T>(sessionId: string, streamKey: string, kind: 'whip' | 'rtp', setup: (peer: IngestPeer) => Promise<T>): Promise<T> {
    const session = await this.sessions.byStreamKey(sessionId, streamKey);
    if (session.status === 'ended') throw new DomainError('LIVE_SESSION_ENDED', 'This live session has ended');
    const room = await this.registry.getOrOpen(sessionId);
    const resourceId = randomUUID();
    const peerId = `${kind}:${resourceId}`;
    room.peer(peerId, true);
    try {
      const result = await setup({ room, resourceId, peerId });
      this.resources.set(resourceId, { sessionId, peerId });
      return result;
    } catch (err) {
      room.removePeer(peerId);
      throw err;
    }
  }

  /** The encoder's DELETE, authenticated by the same key. */
  async close(sessionId: string, streamKey: string, resourceId: string): Promise<void> {
    await this.sessions.byStreamKey(sessionId, streamKey);
    const resource = this.resources.get(resourceId);
    if (!resource || resource.sessionId !== sessionId) throw DomainError.notFound('NOT_FOUND', 'Ingest resource', resourceId);
    this.drop(resourceId);
  }

  /** The encoder went away (DTLS closed or failed). */
  drop(resourceId: string): void {
    const resource = this.resources.get(resourceId);
    if (!resource) return;
    this.resources.delete(resourceId);
    this.registry.get(resource.sessionId)?.removePeer(resource.peerId);
  }
}
