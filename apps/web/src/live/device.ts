import type { JoinResult, TransportView } from '@livefair/protocol';
import { Device, type types } from 'mediasoup-client';

/**
 * Loaded mediasoup Devices by router capabilities. Loading one probes a local RTCPeerConnection
 * (~100 ms in a browser, more on a busy phone); every room's router has the same capabilities,
 * so a page loads one Device once and uses it for every join and rejoin, to watch or to publish.
 */
const devices = new Map<string, Promise<Device>>();

/** A loaded Device for these router capabilities (the preloaded one when they are the same). */
export function deviceFor(routerRtpCapabilities: types.RtpCapabilities): Promise<Device> {
  const key = JSON.stringify(routerRtpCapabilities);
  let loaded = devices.get(key);
  if (!loaded) {
    const device = new Device();
    loaded = device.load({ routerRtpCapabilities }).then(() => device);
    loaded.catch(() => devices.delete(key));
    devices.set(key, loaded);
  }
  return loaded;
}

let preloading = false;

/** Starts loading a Device before joining, with the capabilities from GET /live/rtp-capabilities. */
export function preloadDevice(): void {
  if (preloading) return;
  preloading = true;
  void fetch('/live/rtp-capabilities')
    .then((res) => (res.ok ? (res.json() as Promise<types.RtpCapabilities>) : null))
    .then((caps) => caps && deviceFor(caps))
    .catch(() => undefined);
}

/** The server's transport.create answer and the join's ICE servers as mediasoup-client transport options. */
export function transportOptions(info: TransportView, join: JoinResult): types.TransportOptions {
  return {
    id: info.id,
    iceParameters: info.iceParameters as unknown as types.IceParameters,
    iceCandidates: info.iceCandidates as unknown as types.IceCandidate[],
    dtlsParameters: info.dtlsParameters as unknown as types.DtlsParameters,
    iceServers: join.iceServers,
  };
}
