/**
 * One non-decoding WebRTC viewer: mediasoup-client 3.24.1 (handler Chrome111) on werift's
 * RTCPeerConnection (CommonJS build, with the harness speedups of werift-speedups.cjs), speaking our socket.io protocol
 * (docs/live-protocol.md, "Watching").
 */
import { createRequire } from 'node:module';
import { io } from 'socket.io-client';
import { Device } from 'mediasoup-client';

const require = createRequire(import.meta.url);
require('./werift-speedups.cjs'); // native crypto, no fixed DTLS delay, no STUN query: see there
export const werift = require('werift');

for (const name of [
  'RTCPeerConnection',
  'RTCSessionDescription',
  'RTCRtpTransceiver',
  'RTCRtpReceiver',
  'RTCRtpSender',
  'MediaStream',
  'MediaStreamTrack',
]) {
  globalThis[name] ??= werift[name];
}

/**
 * One loaded Device per load process and router capabilities: what a Device holds (the capabilities)
 * is the same for every viewer of a room, and loading one costs 3-5 ms of this process's CPU, which
 * in a burst of a hundred would be the harness's time, not the server's.
 */
const devices = new Map();
function sharedDevice(routerRtpCapabilities) {
  const key = JSON.stringify(routerRtpCapabilities);
  if (!devices.has(key)) {
    const device = new Device({ handlerName: 'Chrome111' });
    devices.set(
      key,
      device.load({ routerRtpCapabilities }).then(() => device),
    );
  }
  return devices.get(key);
}

/** VP8 payload descriptor (RFC 7741 4.2) then the payload header's P bit: 0 on a keyframe's first packet. */
export function isVp8KeyframeStart(p) {
  if (p.length < 2) return false;
  const b0 = p[0];
  let i = 1;
  if (b0 & 0x80) {
    const x = p[1];
    i = 2;
    if (x & 0x80) i += p[i] & 0x80 ? 2 : 1; // picture id, 7 or 15 bits
    if (x & 0x40) i += 1; // TL0PICIDX
    if (x & 0x30) i += 1; // TID / KEYIDX
  }
  const start = (b0 & 0x10) !== 0 && (b0 & 0x07) === 0;
  return start && i < p.length && (p[i] & 0x01) === 0;
}

/** RFC 3550-style counters: expected from the extended highest sequence number, received as counted. */
class SeqCounter {
  received = 0;
  base = -1;
  highest = -1;
  onSeq(seq) {
    this.received++;
    if (this.base < 0) return void (this.base = this.highest = seq);
    const cycles = this.highest & ~0xffff;
    let ext = cycles | seq;
    if (ext < this.highest - 0x8000) ext += 0x10000;
    else if (ext > this.highest + 0x8000) ext -= 0x10000;
    if (ext > this.highest) this.highest = ext;
  }
  get expected() {
    return this.base < 0 ? 0 : this.highest - this.base + 1;
  }
}

export class WeriftViewer {
  marks = {};
  counters = { video: new SeqCounter(), audio: new SeqCounter() };
  transport = null;

  /** `dropAfterKeyframe`: for first-frame runs, see dropIncoming(). */
  constructor(url, token, { dropAfterKeyframe = false } = {}) {
    this.url = url;
    this.token = token;
    this.dropAfterKeyframe = dropAfterKeyframe;
  }

  connect() {
    this.socket = io(`${this.url}/live`, {
      auth: this.token ? { token: this.token } : undefined,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    return new Promise((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('connect_error', reject);
    });
  }

  async request(event, payload) {
    const ack = await this.socket.timeout(30_000).emitWithAck(event, payload);
    if (!ack.ok) throw new Error(`${event}: ${ack.error.code} ${ack.error.message}`);
    return ack.data;
  }

  mark(name) {
    this.marks[name] ??= performance.now() - this.t0;
  }

  /** room.join -> transport.create recv -> consume every producer -> consumer.resume; marks times from the join emit. */
  async join(sessionId) {
    this.t0 = performance.now();
    const join = await this.request('room.join', { sessionId, as: 'viewer' });
    this.mark('joined');
    const device = await sharedDevice(join.routerRtpCapabilities);
    this.mark('deviceLoaded');
    const info = await this.request('transport.create', { direction: 'recv' });
    this.mark('transportCreated');
    const transport = (this.transport = device.createRecvTransport({ ...info, iceServers: join.iceServers }));
    transport.on('connect', ({ dtlsParameters }, done, fail) => {
      this.request('transport.connect', { transportId: transport.id, dtlsParameters }).then(() => done(), fail);
    });
    transport.on('connectionstatechange', (s) => s === 'connected' && this.mark('connected'));
    await Promise.all(join.producers.map((p) => this.consume(transport, device, p.producerId)));
    this.mark('resumed');
  }

  async consume(transport, device, producerId) {
    const info = await this.request('consume', {
      transportId: transport.id,
      producerId,
      rtpCapabilities: device.rtpCapabilities,
    });
    this.mark('consumeAcked');
    const consumer = await transport.consume({
      id: info.consumerId,
      producerId: info.producerId,
      kind: info.kind,
      rtpParameters: info.rtpParameters,
    });
    const counter = this.counters[info.kind];
    consumer.track.onReceiveRtp.subscribe((rtp) => {
      counter.onSeq(rtp.header.sequenceNumber);
      if (info.kind !== 'video') return;
      this.mark('firstVideoRtp');
      if (this.marks.keyframe === undefined && isVp8KeyframeStart(rtp.payload)) {
        this.mark('keyframe');
        if (this.dropAfterKeyframe) this.dropIncoming();
      }
    });
    this.mark('consumerCreated');
    await this.request('consumer.resume', { consumerId: consumer.id });
  }

  /**
   * From now on this viewer drops incoming media before SRTP decryption (werift's own debug switch
   * for inbound loss, set to drop all). The server still encrypts and sends every packet, so its load
   * is unchanged; the harness stops spending ~0.3 of a core per 25 viewers on decrypting and parsing
   * RTP in JavaScript while later viewers are still joining.
   */
  dropIncoming() {
    const dtls = this.transport?._handler?._pc?.dtlsTransports;
    if (!dtls?.length) throw new Error('werift/mediasoup-client internals changed: no DTLS transport to switch off');
    for (const d of dtls) d.config = { ...d.config, debug: { ...d.config.debug, inboundPacketLoss: 1e-9 } };
  }

  close() {
    try {
      this.transport?.close();
    } catch {
      // already closed
    }
    this.socket?.close();
  }
}
