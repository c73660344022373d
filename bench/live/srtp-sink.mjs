/**
 * Where the SRTP PlainTransport viewers send: UDP sockets that count packets and RFC 3550
 * expected/received per SSRC (SRTP leaves the RTP header in clear; nothing is decrypted).
 * IPC: sends { ports } once, answers 'snapshot' with [[ssrc, received, expected], ...].
 */
import dgram from 'node:dgram';

const SOCKETS = Number(process.env.SINK_SOCKETS || 4);
const counters = new Map();

function onPacket(buf) {
  if (buf.length < 12 || buf[0] >> 6 !== 2) return;
  const pt = buf[1] & 0x7f;
  if (pt >= 72 && pt <= 79) return; // RTCP (SR/RR/SDES/BYE/APP, feedback) shares the port
  const seq = buf.readUInt16BE(2);
  const ssrc = buf.readUInt32BE(8);
  let c = counters.get(ssrc);
  if (!c) counters.set(ssrc, (c = { received: 0, base: seq, highest: seq }));
  c.received++;
  let ext = (c.highest & ~0xffff) | seq;
  if (ext < c.highest - 0x8000) ext += 0x10000;
  else if (ext > c.highest + 0x8000) ext -= 0x10000;
  if (ext > c.highest) c.highest = ext;
}

const ports = await Promise.all(
  Array.from({ length: SOCKETS }, () => {
    const s = dgram.createSocket({ type: 'udp4', recvBufferSize: 4 * 1024 * 1024 });
    s.on('message', onPacket);
    return new Promise((resolve) => s.bind(0, '127.0.0.1', () => resolve(s.address().port)));
  }),
);
process.send({ type: 'ports', ports });
process.on('message', (m) => {
  if (m.cmd === 'snapshot')
    process.send({
      type: 'snapshot',
      id: m.id,
      counters: [...counters].map(([ssrc, c]) => [ssrc, c.received, c.highest - c.base + 1]),
    });
});
process.on('disconnect', () => process.exit(0));
