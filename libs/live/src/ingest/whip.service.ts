import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@livefair/core';
import { randomUUID } from 'node:crypto';
import { RoomRegistry } from '../room/room-registry';
import { LiveSessionService } from '../sessions/live-session.service';
import { buildWhipAnswer, parseWhipOffer } from './whip-offer';

interface WhipResource {
  sessionId: string;
  peerId: string;
}

/** WHIP (RFC 9725) ingest: an encoder POSTs an offer with the session's stream key and becomes its publisher. */
@Injectable()
export class WhipService {
  private readonly logger = new Logger('Whip');
  private readonly resources = new Map<string, WhipResource>();

  constructor(
    private readonly sessions: LiveSessionService,
    private readonly registry: RoomRegistry,
  ) {}

  async publish(sessionId: string, streamKey: string, offerSdp: string): Promise<{ resourceId: string; answer: string }> {
    const session = await this.sessions.byStreamKey(sessionId, streamKey);
    if (session.status === 'ended') throw new DomainError('LIVE_SESSION_ENDED', 'This live session has ended');
    const room = await this.registry.getOrOpen(sessionId);
    if (room.producerViews().length > 0) throw new DomainError('ALREADY_PUBLISHING', 'Someone is already publishing in this session');
    const offer = parseWhipOffer(offerSdp, room.rtpCapabilities);
    const resourceId = randomUUID();
    const peerId = `whip:${resourceId}`;
    room.peer(peerId, true);
    try {
      const transport = await room.createWebRtcTransport(peerId, 'send');
      await room.connectTransport(peerId, transport.id, { ...offer.dtlsParameters, role: 'client' });
      for (const track of offer.tracks) {
        await room.produce(peerId, transport.id, track.kind, track.rtpParameters, 'whip');
      }
      transport.on('dtlsstatechange', (state) => {
        if (state === 'failed' || state === 'closed') this.stop(resourceId);
      });
      this.resources.set(resourceId, { sessionId, peerId });
      this.logger.log(`WHIP publisher ${resourceId} on session ${sessionId} (${offer.tracks.map((t) => t.kind).join('+')})`);
      return { resourceId, answer: buildWhipAnswer(transport, offer.tracks) };
    } catch (err) {
      room.removePeer(peerId);
      throw err;
    }
  }

  async unpublish(sessionId: string, streamKey: string, resourceId: string): Promise<void> {
    await this.sessions.byStreamKey(sessionId, streamKey);
    const resource = this.resources.get(resourceId);
    if (!resource || resource.sessionId !== sessionId) throw DomainError.notFound('NOT_FOUND', 'WHIP resource', resourceId);
    this.stop(resourceId);
  }

  private stop(resourceId: string): void {
    const resource = this.resources.get(resourceId);
    if (!resource) return;
    this.resources.delete(resourceId);
    this.registry.get(resource.sessionId)?.removePeer(resource.peerId);
  }
}
