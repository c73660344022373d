/**
 * The bench's own viewer page script (used only when dist/web has no /watch page with the
 * window.__lfViewer hook): our protocol's "Watching" steps with mediasoup-client in Chromium.
 */
import { io } from 'socket.io-client';
import { Device } from 'mediasoup-client';

const query = new URLSearchParams(location.search);
const sessionId = query.get('session');
const loadDevice = async (routerRtpCapabilities) => {
  const device = new Device();
  await device.load({ routerRtpCapabilities });
  return device;
};
const preloaded = fetch('/live/rtp-capabilities')
  .then((res) => res.json())
  .then(async (caps) => ({ key: JSON.stringify(caps), device: await loadDevice(caps) }))
  .catch(() => null);
const socket = io(`${query.get('server')}/live`, { transports: ['websocket'] });
const request = async (event, payload) => {
  const ack = await socket.emitWithAck(event, payload);
  if (!ack.ok) throw new Error(`${event}: ${ack.error.code}`);
  return ack.data;
};
let video = null;
let t0 = 0;
const marks = {};
const mark = (k) => (marks[k] ??= Math.round(performance.now() - t0));
window.__benchMarks = marks;
window.__lfViewer = {
  framesDecoded: async () => {
    let n = 0;
    if (video) (await video.getStats()).forEach((s) => s.type === 'inbound-rtp' && (n = Math.max(n, s.framesDecoded ?? 0)));
    return n;
  },
};

socket.once('connect', async () => {
  t0 = performance.now();
  const join = await request('room.join', { sessionId, as: 'viewer' });
  mark('joined');
  // As the app's watch page does: the Device was loaded from GET /live/rtp-capabilities while the
  // socket connected; the transport round trip overlaps any loading still to do.
  const [info, device] = await Promise.all([
    request('transport.create', { direction: 'recv' }).then((r) => (mark('transportCreated'), r)),
    preloaded.then((p) =>
      p?.key === JSON.stringify(join.routerRtpCapabilities) ? p.device : loadDevice(join.routerRtpCapabilities),
    ),
  ]);
  mark('deviceLoaded');
  const transport = device.createRecvTransport({ ...info, iceServers: join.iceServers });
  transport.on('connectionstatechange', (s) => mark(s));
  const poll = setInterval(async () => {
    if (!video) return;
    const stats = await video.getStats();
    stats.forEach((s) => {
      if (s.type === 'inbound-rtp' && s.packetsReceived > 0) mark('firstRtp');
      if (s.type === 'inbound-rtp' && s.framesReceived > 0) mark('firstFrameReceived');
      if (s.type === 'inbound-rtp' && s.framesDecoded > 0) {
        mark('firstFrameDecoded');
        clearInterval(poll);
      }
    });
  }, 5);
  transport.on('connect', ({ dtlsParameters }, done, fail) =>
    request('transport.connect', { transportId: transport.id, dtlsParameters }).then(() => done(), fail),
  );
  const stream = new MediaStream();
  document.querySelector('video').srcObject = stream;
  await Promise.all(
    join.producers.map(async (p) => {
      const c = await request('consume', {
        transportId: transport.id,
        producerId: p.producerId,
        rtpCapabilities: device.rtpCapabilities,
      });
      mark(`consumeAcked`);
      const consumer = await transport.consume({
        id: c.consumerId,
        producerId: c.producerId,
        kind: c.kind,
        rtpParameters: c.rtpParameters,
      });
      mark(`consumerCreated`);
      stream.addTrack(consumer.track);
      if (consumer.kind === 'video') video = consumer;
      await request('consumer.resume', { consumerId: consumer.id });
    }),
  );
  mark('resumed');
});
