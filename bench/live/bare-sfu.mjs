/**
 * The baseline for the overhead figure: a bare mediasoup router with the same worker binary, an
 * RTP ingest like ours (comedia PlainTransports) and just enough socket.io signalling, with the same
 * event names and ack shape, for load-proc.mjs's viewers. Prints `Open: <url>` and `Ingest: <json>`.
 */
import http from 'node:http';
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import { Server } from 'socket.io';

const mediasoup = (await import('mediasoup')).default; // MEDIASOUP_WORKER_BIN comes from the parent
const worker = await mediasoup.createWorker({ logLevel: 'warn', rtcMinPort: 40000, rtcMaxPort: 49999 });
const router = await worker.createRouter({
  mediaCodecs: [
    { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
    { kind: 'video', mimeType: 'video/VP8', clockRate: 90000 },
  ],
});
// Announced as the project's server announces itself (RTC_ANNOUNCED_IP's default): same sockets, same paths.
const { lanAddress } = createRequire(import.meta.url)('../../dist/libs/core/src/config/lan-address.js');
const listenIp = { ip: '0.0.0.0', announcedIp: lanAddress() ?? '127.0.0.1' };

async function ingestTrack(kind, codec) {
  const transport = await router.createPlainTransport({ listenIp, rtcpMux: false, comedia: true });
  const ssrc = randomInt(1, 2 ** 31);
  const producer = await transport.produce({ kind, rtpParameters: { codecs: [codec], encodings: [{ ssrc }] } });
  const target = {
    ip: '127.0.0.1',
    port: transport.tuple.localPort,
    rtcpPort: transport.rtcpTuple.localPort,
    payloadType: codec.payloadType,
    ssrc,
  };
  return { producer, target };
}
const video = await ingestTrack('video', { mimeType: 'video/VP8', payloadType: 101, clockRate: 90000 });
const audio = await ingestTrack('audio', {
  mimeType: 'audio/opus',
  payloadType: 100,
  clockRate: 48000,
  channels: 2,
  parameters: { 'sprop-stereo': 1 },
});
const producers = [video.producer, audio.producer].map((p) => ({ producerId: p.id, kind: p.kind, source: 'rtp', paused: false }));

const server = http.createServer();
const io = new Server(server);
io.of('/live').on('connection', (socket) => {
  const transports = new Map();
  const consumers = new Map();
  const on = (event, fn) =>
    socket.on(event, async (payload, ack) => {
      try {
        ack({ ok: true, data: await fn(payload) });
      } catch (err) {
        ack({ ok: false, error: { code: 'ERROR', message: String(err.message) } });
      }
    });
  on('room.join', async () => ({ routerRtpCapabilities: router.rtpCapabilities, iceServers: [], producers }));
  on('transport.create', async () => {
    // As mediasoup-demo. (mediasoup's default 600 kbit/s start estimate is below this 1.1 Mbit/s stream: BWE
    // probing then costs the worker ~50 % more CPU at 100 viewers, measured; that would flatter the project.)
    const t = await router.createWebRtcTransport({
      listenIps: [listenIp],
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
      initialAvailableOutgoingBitrate: 1_000_000,
    });
    transports.set(t.id, t);
    return { id: t.id, iceParameters: t.iceParameters, iceCandidates: t.iceCandidates, dtlsParameters: t.dtlsParameters };
  });
  on(
    'transport.connect',
    async ({ transportId, dtlsParameters }) => (await transports.get(transportId).connect({ dtlsParameters }), null),
  );
  on('consume', async ({ transportId, producerId, rtpCapabilities }) => {
    const c = await transports.get(transportId).consume({ producerId, rtpCapabilities, paused: true });
    consumers.set(c.id, c);
    return { consumerId: c.id, producerId, kind: c.kind, rtpParameters: c.rtpParameters };
  });
  on('consumer.resume', async ({ consumerId }) => (await consumers.get(consumerId).resume(), null));
  socket.on('disconnect', () => transports.forEach((t) => t.close()));
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(
    `Open: http://127.0.0.1:${server.address().port}\nIngest: ${JSON.stringify({ video: video.target, audio: audio.target })}\n`,
  );
});
const shutdown = () => (worker.close(), io.close(), process.exit(0));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
