/// <reference lib="dom" />
import type { Page } from 'playwright-core';

export interface WhipPublishResult {
  status: number;
  location: string | null;
  contentType: string | null;
  /** Error body when the server refused. */
  body: string;
}

/**
 * Makes a Chromium page a WHIP client (RFC 9725), as OBS would be: fake camera and
 * microphone, sendonly transceivers, a non-trickle offer POSTed with the stream key.
 * Leaves `window.__whip` (the RTCPeerConnection) for later checks.
 */
export async function whipPublish(
  page: Page,
  endpoint: string,
  streamKey: string,
  videoCodec: 'VP8' | 'H264' = 'VP8',
): Promise<WhipPublishResult> {
  return page.evaluate(
    async ({ endpoint, streamKey, videoCodec }) => {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 480 } });
      const pc = new RTCPeerConnection();
      (window as unknown as { __whip: RTCPeerConnection }).__whip = pc;
      for (const track of stream.getTracks()) {
        const tr = pc.addTransceiver(track, { direction: 'sendonly', streams: [stream] });
        if (track.kind === 'video') {
          const codecs = RTCRtpSender.getCapabilities('video')!.codecs.filter(
            (c) => c.mimeType.toUpperCase() === `VIDEO/${videoCodec}`,
          );
          tr.setCodecPreferences(codecs);
        }
      }
      await pc.setLocalDescription(await pc.createOffer());
      await new Promise<void>((resolve) => {
        if (pc.iceGatheringState === 'complete') return resolve();
        pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
        setTimeout(resolve, 2000);
      });
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/sdp', authorization: `Bearer ${streamKey}` },
        body: pc.localDescription!.sdp,
      });
      const body = await res.text();
      if (res.status === 201) await pc.setRemoteDescription({ type: 'answer', sdp: body });
      return { status: res.status, location: res.headers.get('location'), contentType: res.headers.get('content-type'), body };
    },
    { endpoint, streamKey, videoCodec },
  );
}

/** Waits until the WHIP peer connection is connected (ICE + DTLS done). */
export async function whipConnected(page: Page, ms = 10_000): Promise<string> {
  return page.evaluate(async (ms) => {
    const pc = (window as unknown as { __whip: RTCPeerConnection }).__whip;
    const deadline = Date.now() + ms;
    while (pc.connectionState !== 'connected' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    return pc.connectionState;
  }, ms);
}
