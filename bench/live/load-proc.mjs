/**
 * A load process: holds a share of the WebRTC viewers (werift + mediasoup-client), driven over IPC by
 * load-pool.mjs. Commands: prepare {url, token, count, dropAfterKeyframe} | join {sessionId, at, offsets} | snapshot | close.
 */
import { Device } from 'mediasoup-client';
import { WeriftViewer, werift } from './werift-viewer.mjs';

const viewers = [];
let pending = [];

/** Warm the code paths a browser has warm already (JIT, werift's DTLS certificate), outside the timed join. */
async function warmUp() {
  const device = new Device({ handlerName: 'Chrome111' });
  await device.load({
    routerRtpCapabilities: {
      codecs: [
        { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2, preferredPayloadType: 100 },
        { kind: 'video', mimeType: 'video/VP8', clockRate: 90000, preferredPayloadType: 101 },
      ],
      headerExtensions: [],
    },
  });
  await werift.RTCDtlsTransport.SetupCertificate(); // werift makes one certificate per process, on first use
}

async function prepare({ url, token, count, dropAfterKeyframe = false }) {
  await warmUp();
  pending = Array.from({ length: count }, () => new WeriftViewer(url, token, { dropAfterKeyframe }));
  await Promise.all(pending.map((v) => v.connect()));
  return { type: 'prepared' };
}

async function join({ sessionId, at, offsets, timeoutMs = 15_000 }) {
  const batch = pending;
  pending = [];
  viewers.push(...batch);
  const results = await Promise.all(
    batch.map(async (v, i) => {
      await new Promise((r) => setTimeout(r, Math.max(0, at + offsets[i] - Date.now())));
      const done = new Promise((resolve) => {
        const poll = setInterval(() => v.marks.keyframe !== undefined && (clearInterval(poll), resolve()), 5);
        setTimeout(() => (clearInterval(poll), resolve()), timeoutMs);
      });
      try {
        await v.join(sessionId);
        await done;
        return {
          marks: v.marks,
          transportId: v.transport?.id,
          error: v.marks.keyframe === undefined ? 'no keyframe in time' : null,
        };
      } catch (err) {
        return { marks: v.marks, transportId: v.transport?.id, error: String(err?.message ?? err) };
      }
    }),
  );
  return { type: 'joined', results };
}

function snapshot() {
  const sum = (kind, key) => viewers.reduce((n, v) => n + v.counters[kind][key], 0);
  return {
    type: 'snapshot',
    viewers: viewers.length,
    video: { received: sum('video', 'received'), expected: sum('video', 'expected') },
    audio: { received: sum('audio', 'received'), expected: sum('audio', 'expected') },
    perViewerVideo: viewers.map((v) => v.counters.video.received),
  };
}

const handlers = { prepare, join, snapshot, close: () => (viewers.forEach((v) => v.close()), { type: 'closed' }) };

process.on('message', async (msg) => {
  try {
    process.send({ id: msg.id, ...(await handlers[msg.cmd](msg)) });
  } catch (err) {
    process.send({ id: msg.id, type: 'error', error: String(err?.stack ?? err) });
  }
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0)); // exit normally, so --cpu-prof (BENCH_PROFILE_DIR) is written
