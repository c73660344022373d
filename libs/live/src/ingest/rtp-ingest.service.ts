import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError } from '@livefair/core';
import { randomInt, randomUUID } from 'node:crypto';
import type { types } from 'mediasoup';
import { RoomRegistry } from '../room/room-registry';
import { SfuRoom } from '../room/sfu-room';
import { LiveSessionService } from '../sessions/live-session.service';

export interface RtpTarget {
  ip: string;
  port: number;
  rtcpPort: number;
  payloadType: number;
  ssrc: number;
  codec: string;
}

export interface RtpIngest {
  resourceId: string;
  video: RtpTarget;
  audio: RtpTarget | null;
}

const VIDEO: Record<'vp8' | 'h264', types.RtpCodecParameters> = {
  vp8: { mimeType: 'video/VP8', payloadType: 101, clockRate: 90000 },
  h264: {
    mimeType: 'video/H264',
    payloadType: 102,
    clockRate: 90000,
    parameters: { 'packetization-mode': 1, 'profile-level-id': '42e01f', 'level-asymmetry-allowed': 1 },
  },
};
const OPUS: types.RtpCodecParameters = { mimeType: 'audio/opus', payloadType: 100, clockRate: 48000, channels: 2, parameters: { 'sprop-stereo': 1 } };

/**
 * Plain RTP ingest for ffmpeg/GStreamer (as mediasoup-demo's broadcaster API):
 * the tool asks for ports with the stream key, then sends RTP there (comedia).
 */
@Injectable()
export class RtpIngestService {
  private readonly logger = new Logger('RtpIngest');
  private readonly resources = new Map<string, { sessionId: string; peerId: string }>();

  constructor(
    private readonly sessions: LiveSessionService,
    private readonly registry: RoomRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(sessionId: string, streamKey: string, video: 'vp8' | 'h264', audio: boolean): Promise<RtpIngest> {
    const session = await this.sessions.byStreamKey(sessionId, streamKey);
    if (session.status === 'ended') throw new DomainError('LIVE_SESSION_ENDED', 'This live session has ended');
    const room = await this.registry.getOrOpen(sessionId);
    if (room.producerViews().length > 0) throw new DomainError('ALREADY_PUBLISHING', 'Someone is already publishing in this session');
    const resourceId = randomUUID();
    const peerId = `rtp:${resourceId}`;
    room.peer(peerId, true);
    try {
      const result: RtpIngest = {
        resourceId,
        video: await this.track(room, peerId, 'video', VIDEO[video]),
        audio: audio ? await this.track(room, peerId, 'audio', OPUS) : null,
      };
      this.resources.set(resourceId, { sessionId, peerId });
      this.logger.log(`RTP ingest ${resourceId} on session ${sessionId}`);
      return result;
    } catch (err) {
      room.removePeer(peerId);
      throw err;
    }
  }

  async close(sessionId: string, streamKey: string, resourceId: string): Promise<void> {
    await this.sessions.byStreamKey(sessionId, streamKey);
    const r = this.resources.get(resourceId);
    if (!r || r.sessionId !== sessionId) throw DomainError.notFound('NOT_FOUND', 'RTP ingest', resourceId);
    this.resources.delete(resourceId);
    this.registry.get(sessionId)?.removePeer(r.peerId);
  }

  private async track(room: SfuRoom, peerId: string, kind: types.MediaKind, codec: types.RtpCodecParameters): Promise<RtpTarget> {
    const { listenIp, announcedIp } = this.config.mediasoup;
    const transport = await room.createPlainTransport(peerId, {
      listenIp: { ip: listenIp, announcedIp: announcedIp ?? undefined },
      rtcpMux: false,
      comedia: true,
    });
    const ssrc = randomInt(1, 2 ** 31);
    await room.produce(peerId, transport.id, kind, { codecs: [codec], encodings: [{ ssrc }] }, 'rtp');
    return {
      ip: announcedIp ?? transport.tuple.localIp,
      port: transport.tuple.localPort,
      rtcpPort: transport.rtcpTuple?.localPort ?? transport.tuple.localPort,
      payloadType: codec.payloadType,
      ssrc,
      codec: codec.mimeType,
    };
  }
}
