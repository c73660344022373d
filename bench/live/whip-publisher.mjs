/**
 * A broadcaster that answers keyframe requests, as the browser studio and OBS do: headless Chromium
 * as a WHIP client (RFC 9725) sending 640x480 VP8 at up to 1 Mbit/s + Opus. The picture is a moving
 * noise pattern drawn on a canvas, so the encoder spends its whole budget (the fake camera's mostly
 * flat frame would not).
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser.mjs';
import { log, round, sleep } from './stats.mjs';

async function publishInPage({ endpoint, key, noiseSize }) {
  const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 480 });
  const NOISE = noiseSize;
  const noise = Object.assign(document.createElement('canvas'), { width: NOISE * 2, height: NOISE * 2 });
  const nctx = noise.getContext('2d');
  const img = nctx.createImageData(NOISE * 2, NOISE * 2);
  for (let i = 0; i < img.data.length; i += 4)
    img.data.set([Math.random() * 255, Math.random() * 255, Math.random() * 255, 255], i);
  nctx.putImageData(img, 0, 0);
  const ctx = canvas.getContext('2d');
  let frame = 0;
  const draw = () => {
    frame++;
    const g = ctx.createLinearGradient(0, 0, 640, 480);
    g.addColorStop(0, `hsl(${(frame * 3) % 360} 70% 50%)`);
    g.addColorStop(1, `hsl(${(frame * 3 + 180) % 360} 70% 50%)`);
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 640, 480);
    ctx.drawImage(noise, frame % NOISE, (frame * 3) % NOISE, NOISE, NOISE, 240 + 100 * Math.sin(frame / 15), 160, NOISE, NOISE);
    ctx.fillStyle = '#fff';
    ctx.font = '48px sans-serif';
    ctx.fillText(`LiveFair 直播 ${frame}`, 40, 80);
  };
  setInterval(draw, 1000 / 30);
  const video = canvas.captureStream(30).getVideoTracks()[0];
  const audio = (await navigator.mediaDevices.getUserMedia({ audio: true })).getAudioTracks()[0];
  const pc = new RTCPeerConnection();
  globalThis.__pc = pc;
  pc.addTransceiver(audio, { direction: 'sendonly' });
  const vt = pc.addTransceiver(video, { direction: 'sendonly', sendEncodings: [{ maxBitrate: 1_000_000, maxFramerate: 30 }] });
  vt.setCodecPreferences(RTCRtpSender.getCapabilities('video').codecs.filter((c) => c.mimeType === 'video/VP8'));
  await pc.setLocalDescription(await pc.createOffer());
  await new Promise((resolve) => {
    if (pc.iceGatheringState === 'complete') return resolve();
    pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
    setTimeout(resolve, 2000);
  });
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/sdp', authorization: `Bearer ${key}` },
    body: pc.localDescription.sdp,
  });
  const body = await res.text();
  if (res.status !== 201) throw new Error(`WHIP POST -> ${res.status} ${body}`);
  await pc.setRemoteDescription({ type: 'answer', sdp: body });
  const deadline = Date.now() + 10_000;
  while (pc.connectionState !== 'connected' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return { state: pc.connectionState, location: res.headers.get('location') };
}

async function outboundVideo(page) {
  return page.evaluate(async () => {
    let out = null;
    (await globalThis.__pc.getStats()).forEach((s) => {
      if (s.type === 'outbound-rtp' && s.kind === 'video')
        out = {
          bytes: s.bytesSent,
          frames: s.framesEncoded,
          keyFrames: s.keyFramesEncoded,
          pli: s.pliCount,
          fir: s.firCount,
          width: s.frameWidth,
          height: s.frameHeight,
        };
    });
    return out;
  });
}

/** Starts publishing into the session; resolves once media flows. `stats()` gives the encoder's figures since start. */
export async function startWhipPublisher(url, sessionId, streamKey) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    await context.grantPermissions(['microphone'], { origin: url });
    const page = await context.newPage();
    await page.goto(`${url}/api/info`);
    const r = await page.evaluate(publishInPage, {
      endpoint: `${url}/whip/${sessionId}`,
      key: streamKey,
      noiseSize: Number(process.env.BENCH_NOISE ?? 160),
    });
    if (r.state !== 'connected') throw new Error(`WHIP publisher did not connect (${r.state})`);
    await sleep(2000);
    const a = await outboundVideo(page);
    await sleep(2000);
    const b = await outboundVideo(page);
    log(
      `WHIP publisher (Chromium): ${b.width}x${b.height}, ${round(((b.bytes - a.bytes) * 8) / 2 / 1000, 0)} kbit/s, ${round((b.frames - a.frames) / 2, 0)} fps`,
    );
    const start = b;
    return {
      stats: async () => {
        const s = await outboundVideo(page);
        return { keyFrames: s.keyFrames - start.keyFrames, pli: s.pli - start.pli, fir: s.fir - start.fir };
      },
      stop: async () => {
        await page
          .evaluate(({ loc, key }) => fetch(loc, { method: 'DELETE', headers: { authorization: `Bearer ${key}` } }), {
            loc: r.location,
            key: streamKey,
          })
          .catch(() => {});
        await browser.close();
      },
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}
