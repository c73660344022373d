import { DomainError } from '@livefair/core';
import type { types } from 'mediasoup';
import { parse } from 'sdp-transform';
import type { MediaDescription } from 'sdp-transform';
import { ortc, RemoteSdp, sdpCommon, sdpUnified } from './sdp-helpers';

export interface OfferedTrack {
  kind: types.MediaKind;
  rtpParameters: types.RtpParameters;
  /** What the answer needs for this m-section. */
  answer: { offerMediaObject: MediaDescription; answerRtpParameters: types.RtpParameters };
}

export interface ParsedOffer {
  dtlsParameters: types.DtlsParameters;
  tracks: OfferedTrack[];
}

/**
 * Turns a WHIP publisher's SDP offer (OBS, a browser, a hardware encoder) into
 * mediasoup producer parameters, the way mediasoup-client does for its own sends.
 */
export function parseWhipOffer(sdp: string, routerCaps: types.RtpCapabilities, maxTracksPerKind: number): ParsedOffer {
  let sdpObject;
  try {
    sdpObject = parse(sdp);
  } catch {
    throw new DomainError('MEDIA_PARAMS_INVALID', 'The body is not an SDP offer');
  }
  // Every track becomes a producer that every viewer consumes: bound them before anything is created.
  const tooMany = () =>
    new DomainError('TRACK_LIMIT', `An offer may send at most ${maxTracksPerKind} audio and ${maxTracksPerKind} video track(s)`);
  const media = sdpObject.media ?? [];
  if (media.length > 2 * maxTracksPerKind) throw tooMany();
  const sending = media.filter(
    (m) => (m.type === 'audio' || m.type === 'video') && m.port !== 0 && m.direction !== 'recvonly' && m.direction !== 'inactive',
  );
  if (sending.length === 0) throw new DomainError('MEDIA_PARAMS_INVALID', 'The offer sends no audio or video');
  if (['audio', 'video'].some((kind) => sending.filter((m) => m.type === kind).length > maxTracksPerKind)) throw tooMany();
  try {
    const localCaps = sdpCommon.extractRtpCapabilities({ sdpObject });
    ortc.validateAndNormalizeRtpCapabilities(localCaps);
    const extended = ortc.getExtendedRtpCapabilities(localCaps, routerCaps, true);
    const dtlsParameters = sdpCommon.extractDtlsParameters({ sdpObject });
    const tracks = sending.map((offerMediaObject) => {
      const kind = offerMediaObject.type as types.MediaKind;
      const rtpParameters = ortc.getSendingRtpParameters(kind, extended);
      if (rtpParameters.codecs.length === 0) throw new Error(`no ${kind} codec in common`);
      rtpParameters.mid = String(offerMediaObject.mid ?? '');
      rtpParameters.rtcp = { ...(rtpParameters.rtcp ?? {}), cname: sdpCommon.getCname({ offerMediaObject }) };
      rtpParameters.encodings = sdpUnified.getRtpEncodings({ offerMediaObject, codecs: rtpParameters.codecs });
      const answerRtpParameters = ortc.getSendingRemoteRtpParameters(kind, extended);
      return { kind, rtpParameters, answer: { offerMediaObject, answerRtpParameters } };
    });
    return { dtlsParameters, tracks };
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw new DomainError('MEDIA_PARAMS_INVALID', `Unusable SDP offer: ${(err as Error).message}`);
  }
}

/** The SDP answer for a WebRtcTransport that accepted the offer's tracks (non-trickle, ICE-lite). */
export function buildWhipAnswer(transport: types.WebRtcTransport, produced: OfferedTrack[]): string {
  const remote = new RemoteSdp({
    iceParameters: transport.iceParameters,
    iceCandidates: transport.iceCandidates,
    dtlsParameters: transport.dtlsParameters,
  });
  // The publisher offered actpass/active: mediasoup is the DTLS server.
  remote.updateDtlsRole('server');
  for (const t of produced) {
    remote.send({
      offerMediaObject: t.answer.offerMediaObject,
      offerRtpParameters: t.rtpParameters,
      answerRtpParameters: t.answer.answerRtpParameters,
    });
  }
  return remote.getSdp();
}
