import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@livefair/core';
import type { types } from 'mediasoup';
import { randomUUID } from 'node:crypto';
import { RoomRegistry } from '../room/room-registry';
import { SfuRoom } from '../room/sfu-room';
import { LiveSessionService } from '../sessions/live-session.service';

export interface IngestPeer {
  room: SfuRoom;
  resourceId: string;
  peerId: string;
  /** Counts this transport's received bytes as signs of life (see IngestWatchdog). */
  watch(transport: types.Transport): void;
}

interface IngestResource {
  sessionId: string;
  peerId: string;
  room: SfuRoom;
  /** The key it was opened with: a rotation stops it. */
  streamKey: string;
  transports: types.Transport[];
  bytesReceived: number;
  /** When it was opened, then when its received bytes last grew. */
  lastMediaAt: number;
}

/** How long an ingest may receive nothing before it is released. */
export interface IngestTimeouts {
  /** Once its encoder has sent something (a crashed encoder, a dropped network). */
  silenceMs: number;
  /** While its encoder never sent a packet (one still starting, or a script's user pasting ports). */
  startMs: number;
}

/**
 * What WHIP and RTP ingest share: the stream key opens a publishing peer in the session's room,
 * one ingest per session (ALREADY_PUBLISHING while another ingest or a browser publishes), tracked
 * by a resource id until the encoder deletes it, goes silent, its key is rotated or staff kick it.
 */
@Injectable()
export class IngestGate {
  private readonly logger = new Logger('IngestGate');
  private readonly resources = new Map<string, IngestResource>();

  constructor(
    private readonly sessions: LiveSessionService,
    private readonly registry: RoomRegistry,
  ) {}

  /** Runs `setup` for a new publishing peer; on failure the peer is removed again. */
  async open<T>(sessionId: string, streamKey: string, kind: 'whip' | 'rtp', setup: (peer: IngestPeer) => Promise<T>): Promise<T> {
    const session = await this.sessions.byStreamKey(sessionId, streamKey);
    if (session.status === 'ended') throw new DomainError('LIVE_SESSION_ENDED', 'This live session has ended');
    const room = await this.registry.getOrOpen(sessionId);
    // Checked and claimed without an await in between, so two encoders racing cannot both get in.
    if (this.ofSession(sessionId).length > 0 || room.publishingPeer) {
      throw new DomainError('ALREADY_PUBLISHING', 'Another device or encoder is already publishing in this session');
    }
    const resourceId = randomUUID();
    const peerId = `${kind}:${resourceId}`;
    room.peer(peerId, true);
    const resource: IngestResource = {
      sessionId,
      peerId,
      room,
      streamKey,
      transports: [],
      bytesReceived: 0,
      lastMediaAt: Date.now(),
    };
    this.resources.set(resourceId, resource);
    try {
      return await setup({ room, resourceId, peerId, watch: (t) => resource.transports.push(t) });
    } catch (err) {
      this.drop(resourceId);
      throw err;
    }
  }

  /** The encoder's DELETE, authenticated by the same key. */
  async close(sessionId: string, streamKey: string, resourceId: string): Promise<void> {
    await this.sessions.byStreamKey(sessionId, streamKey);
    const resource = this.live(resourceId);
    if (!resource || resource.sessionId !== sessionId) throw DomainError.notFound('NOT_FOUND', 'Ingest resource', resourceId);
    this.drop(resourceId);
  }

  /** The encoder is gone (DTLS closed, silence, rotated key, kicked). */
  drop(resourceId: string, reason?: string): void {
    const resource = this.resources.get(resourceId);
    if (!resource) return;
    this.resources.delete(resourceId);
    if (reason) this.logger.log(`ingest ${resourceId} on session ${resource.sessionId} released: ${reason}`);
    if (!resource.room.isClosed) resource.room.removePeer(resource.peerId);
  }

  dropSession(sessionId: string, reason: string): void {
    for (const id of this.ofSession(sessionId)) this.drop(id, reason);
  }

  /** Drops the ingests (of one session, or all) whose key is no longer the session's, or whose session ended. */
  async revalidate(sessionId?: string): Promise<void> {
    for (const [id, r] of [...this.resources]) {
      if (sessionId && r.sessionId !== sessionId) continue;
      const session = await this.sessions.byStreamKey(r.sessionId, r.streamKey).catch((err: unknown) => {
        if (err instanceof DomainError && (err.code === 'STREAM_KEY_INVALID' || err.code === 'LIVE_SESSION_NOT_FOUND'))
          return null;
        return undefined; // the database is unreachable: judge again next time
      });
      if (session === null) this.drop(id, 'stream key rotated');
      else if (session?.status === 'ended') this.drop(id, 'session ended');
    }
  }

  /**
   * Releases ingests whose transports received nothing for `silenceMs` since they last did (an
   * encoder that died without a DELETE), or nothing at all for `startMs` since they were opened.
   */
  async dropSilent({ silenceMs, startMs }: IngestTimeouts, now = Date.now()): Promise<void> {
    for (const [id, r] of [...this.resources]) {
      if (!this.live(id)) continue;
      const bytes = await received(r.transports);
      if (bytes === null) {
        this.drop(id, 'transport closed');
      } else if (bytes > r.bytesReceived) {
        r.bytesReceived = bytes;
        r.lastMediaAt = now;
      } else if (r.bytesReceived === 0) {
        if (now - r.lastMediaAt >= startMs)
          this.drop(id, `its encoder sent nothing in ${Math.round((now - r.lastMediaAt) / 1000)} s`);
      } else if (now - r.lastMediaAt >= silenceMs) {
        this.drop(id, `no media for ${Math.round((now - r.lastMediaAt) / 1000)} s`);
      }
    }
  }

  /** Ingest resources of a session that still have their peer in a room that is still open. */
  private ofSession(sessionId: string): string[] {
    return [...this.resources.keys()].filter((id) => this.resources.get(id)!.sessionId === sessionId && this.live(id));
  }

  /** The resource, unless its room closed or lost it (worker death, session end): then it is forgotten. */
  private live(resourceId: string): IngestResource | undefined {
    const r = this.resources.get(resourceId);
    if (r && (r.room.isClosed || !r.room.hasPeer(r.peerId))) {
      this.resources.delete(resourceId);
      return undefined;
    }
    return r;
  }
}

/** Bytes the transports received so far; null when one of them is closed. */
async function received(transports: types.Transport[]): Promise<number | null> {
  try {
    let total = 0;
    for (const t of transports) {
      if (t.closed) return null;
      for (const s of (await t.getStats()) as { bytesReceived?: number }[]) total += s.bytesReceived ?? 0;
    }
    return total;
  } catch {
    return null;
  }
}
