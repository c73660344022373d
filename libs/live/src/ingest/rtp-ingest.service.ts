import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@livefair/core';
import { randomBytes, randomInt } from 'node:crypto';
import type { types } from 'mediasoup';
import { IngestGate, IngestPeer } from './ingest-gate';
import { RtpSourceGuard } from './rtp-source';

/** What ffmpeg's `-srtp_out_suite` / `-srtp_out_params` take: 30 bytes of master key and salt, base64. */
export interface SrtpKey {
  cryptoSuite: 'AES_CM_128_HMAC_SHA1_80';
  keyBase64: string;
}

export interface RtpTarget {
  ip: string;
  port: number;
  rtcpPort: number;
  payloadType: number;
  ssrc: number;
  codec: string;
  /** Present when SRTP was asked for: seal the stream with it. */
  srtp: SrtpKey | null;
}

export interface RtpIngest {
  resourceId: string;
  video: RtpTarget;
  audio: RtpTarget | null;
  /** Without SRTP, the address the stream must come from; null with SRTP. */
  sourceIp: string | null;
}

export interface RtpIngestRequest {
  video: 'vp8' | 'h264';
  audio: boolean;
  srtp: boolean;
  /** The address the encoder sends from, when it is not the one making this request. */
  sourceIp?: string;
  requestIp: string;
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
const OPUS: types.RtpCodecParameters = {
  mimeType: 'audio/opus',
  payloadType: 100,
  clockRate: 48000,
  channels: 2,
  parameters: { 'sprop-stereo': 1 },
};
const SRTP_SUITE = 'AES_CM_128_HMAC_SHA1_80';

/**
 * Plain RTP ingest for ffmpeg/GStreamer (as mediasoup-demo's broadcaster API): the tool asks for
 * ports with the stream key, then sends RTP there. The SFU learns the sender from its first packet
 * (comedia) and only then, once the sender is the expected one (SRTP key, or address), creates the
 * producer viewers see; a packet from anyone else releases the ingest before it carried anything.
 */
@Injectable()
export class RtpIngestService {
  private readonly logger = new Logger('RtpIngest');

  constructor(
    private readonly gate: IngestGate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  open(sessionId: string, streamKey: string, req: RtpIngestRequest): Promise<RtpIngest> {
    const guard = req.srtp ? RtpSourceGuard.sealed() : RtpSourceGuard.from(req.requestIp, req.sourceIp);
    return this.gate.open(sessionId, streamKey, 'rtp', async (peer) => {
      const result: RtpIngest = {
        resourceId: peer.resourceId,
        video: await this.track(peer, 'video', VIDEO[req.video], req.srtp, guard),
        audio: req.audio ? await this.track(peer, 'audio', OPUS, req.srtp, guard) : null,
        sourceIp: guard.expected,
      };
      this.logger.log(`RTP ingest ${peer.resourceId} on session ${sessionId}${req.srtp ? ' (SRTP)' : ` from ${guard.expected}`}`);
      return result;
    });
  }

  close(sessionId: string, streamKey: string, resourceId: string): Promise<void> {
    return this.gate.close(sessionId, streamKey, resourceId);
  }

  private async track(
    peer: IngestPeer,
    kind: types.MediaKind,
    codec: types.RtpCodecParameters,
    srtp: boolean,
    guard: RtpSourceGuard,
  ): Promise<RtpTarget> {
    const { room, peerId, resourceId } = peer;
    const { listenIp, announcedIp } = this.config.mediasoup;
    const transport = await room.createPlainTransport(peerId, {
      listenIp: { ip: listenIp, announcedIp: announcedIp ?? undefined },
      rtcpMux: false,
      comedia: true,
      enableSrtp: srtp,
      srtpCryptoSuite: SRTP_SUITE,
    });
    peer.watch(transport);
    let key: SrtpKey | null = null;
    if (srtp) {
      key = { cryptoSuite: SRTP_SUITE, keyBase64: randomBytes(30).toString('base64') };
      await transport.connect({ srtpParameters: key });
    }
    const ssrc = randomInt(1, 2 ** 31);
    const refuse = (ip: string) => this.gate.drop(resourceId, `${kind} RTP came from ${ip}, not the expected source`);
    transport.once('tuple', ({ remoteIp = '' }) => {
      if (!guard.accepts(remoteIp)) return refuse(remoteIp);
      room.produce(peerId, transport.id, kind, { codecs: [codec], encodings: [{ ssrc }] }, 'rtp').catch((err: unknown) => {
        this.gate.drop(resourceId, `could not publish its ${kind}: ${(err as Error).message}`);
      });
    });
    transport.once('rtcptuple', ({ remoteIp = '' }) => {
      if (!guard.accepts(remoteIp)) refuse(remoteIp);
    });
    return {
      ip: announcedIp ?? transport.tuple.localIp,
      port: transport.tuple.localPort,
      rtcpPort: transport.rtcpTuple?.localPort ?? transport.tuple.localPort,
      payloadType: codec.payloadType,
      ssrc,
      codec: codec.mimeType,
      srtp: key,
    };
  }
}
