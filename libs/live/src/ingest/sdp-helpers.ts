/**
 * mediasoup speaks no SDP. mediasoup-client ships the SDP <-> ORTC translation it
 * uses in browsers; these are its exported helpers, loaded in Node for WHIP.
 * Typed here narrowly because its subpath exports are not visible to our
 * CommonJS module resolution.
 */
import type { types } from 'mediasoup';
import type { SessionDescription, MediaDescription } from 'sdp-transform';

type Caps = types.RtpCapabilities;
type Params = types.RtpParameters;
type Kind = types.MediaKind;
type Extended = unknown;

interface CommonUtils {
  extractRtpCapabilities(o: { sdpObject: SessionDescription }): Caps;
  extractDtlsParameters(o: { sdpObject: SessionDescription }): types.DtlsParameters;
  getCname(o: { offerMediaObject: MediaDescription }): string;
}
interface UnifiedPlanUtils {
  getRtpEncodings(o: { offerMediaObject: MediaDescription; codecs: Params['codecs'] }): types.RtpEncodingParameters[];
}
interface Ortc {
  validateAndNormalizeRtpCapabilities(caps: Caps): void;
  getExtendedRtpCapabilities(local: Caps, remote: Caps, preferLocalCodecsOrder: boolean): Extended;
  getSendingRtpParameters(kind: Kind, ext: Extended): Params;
  getSendingRemoteRtpParameters(kind: Kind, ext: Extended): Params;
}
export interface RemoteSdpLike {
  updateDtlsRole(role: 'client' | 'server'): void;
  send(o: { offerMediaObject: MediaDescription; offerRtpParameters: Params; answerRtpParameters: Params }): void;
  getSdp(): string;
}
interface RemoteSdpCtor {
  new (o: {
    iceParameters: types.IceParameters;
    iceCandidates: types.IceCandidate[];
    dtlsParameters: types.DtlsParameters;
  }): RemoteSdpLike;
}

/* eslint-disable @typescript-eslint/no-require-imports */
export const sdpCommon = require('mediasoup-client/handlers/sdp/commonUtils') as CommonUtils;
export const sdpUnified = require('mediasoup-client/handlers/sdp/unifiedPlanUtils') as UnifiedPlanUtils;
export const ortc = require('mediasoup-client/ortc') as Ortc;
export const RemoteSdp = (require('mediasoup-client/handlers/sdp/RemoteSdp') as { RemoteSdp: RemoteSdpCtor }).RemoteSdp;
