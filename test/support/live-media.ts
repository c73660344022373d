import type { JoinResult } from '@livefair/protocol';
import { TestLiveClient } from './live-client';

/** RTP parameters a publisher may declare without sending anything: the SFU takes them as it would a browser's. */
export const SYNTHETIC_TRACKS = {
  video: { codecs: [{ mimeType: 'video/VP8', payloadType: 101, clockRate: 90000 }], encodings: [{ ssrc: 11111111 }] },
  audio: {
    codecs: [{ mimeType: 'audio/opus', payloadType: 100, clockRate: 48000, channels: 2 }],
    encodings: [{ ssrc: 22222222 }],
  },
};

/**
 * Booth staff join as publisher and produce an audio and a video track over the real signalling
 * (real mediasoup producers; no media flows, which consuming does not need).
 */
export async function publishSynthetic(
  staff: TestLiveClient,
  sessionId: string,
): Promise<{ transportId: string; producerIds: string[] }> {
  await staff.request('room.join', { sessionId, as: 'publisher' });
  const { id: transportId } = await staff.request('transport.create', { direction: 'send' });
  const producerIds: string[] = [];
  for (const kind of ['video', 'audio'] as const) {
    const source = kind === 'video' ? 'camera' : 'mic';
    producerIds.push(
      (await staff.request('produce', { transportId, kind, rtpParameters: SYNTHETIC_TRACKS[kind], source })).producerId,
    );
  }
  return { transportId, producerIds };
}

/** A viewer joins, opens a receive transport and consumes every producer; returns the consumer ids. */
export async function watch(
  viewer: TestLiveClient,
  sessionId: string,
): Promise<{ join: JoinResult; transportId: string; consumerIds: string[] }> {
  const join = await viewer.request('room.join', { sessionId, as: 'viewer' });
  const { id: transportId } = await viewer.request('transport.create', { direction: 'recv' });
  const consumerIds: string[] = [];
  for (const p of join.producers) {
    const c = await viewer.request('consume', {
      transportId,
      producerId: p.producerId,
      rtpCapabilities: join.routerRtpCapabilities,
    });
    consumerIds.push(c.consumerId);
  }
  return { join, transportId, consumerIds };
}
