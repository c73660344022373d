import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@livefair/core';
import { randomInt } from 'node:crypto';
import type { types } from 'mediasoup';
import { SfuRoom } from '../room/sfu-room';
import { IngestGate } from './ingest-gate';

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

  constructor(
    private readonly gate: IngestGate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  open(sessionId: string, streamKey: string, video: 'vp8' | 'h264', audio: boolean): Promise<RtpIngest> {
    return this.gate.open(sessionId, streamKey, 'rtp', async ({ room, resourceId, peerId }) => {
      const result: RtpIngest = {
        resourceId,
        video: await this.track(room, peerId, 'video', VIDEO[video]),
        audio: audio ? await this.track(room, peerId, 'audio', OPUS) : null,
      };
      this.logger.log(`RTP ingest ${resourceId} on session ${sessionId}`);
      return result;
    });
  }

  close(sessionId: string, streamKey: string, resourceId: string): Promise<void> {
    return this.gate.close(sessionId, streamKey, resourceId);
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
