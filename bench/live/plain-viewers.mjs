import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { asHarness, track, stop } from './procs.mjs';
import { cpuSeconds, udpDrops } from './cpu.mjs';

const SUITE = 'AEAD_AES_256_GCM'; // what Chromium negotiates with this worker (DTLS-SRTP)

/**
 * Synthetic viewers the worker encrypts for exactly as for a browser: per viewer a PlainTransport
 * with SRTP, consumers for every producer of the room (through SfuRoom's own APIs), sending to the sink.
 */
export class PlainViewers {
  ssrcsByViewer = [];

  async start() {
    this.sink = asHarness(
      track(fork(new URL('./srtp-sink.mjs', import.meta.url).pathname, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })),
    );
    this.ports = await new Promise((resolve) => this.sink.once('message', (m) => resolve(m.ports)));
    this.seq = 0;
  }

  async add(room, count) {
    for (let k = 0; k < count; k++) {
      const i = this.ssrcsByViewer.length;
      const peerId = `bench-srtp-${i}`;
      // Plain transports are for ingest (publishing peers) in the product; the bench borrows one per viewer as a
      // cheap SRTP receiver on the origin router (the bench runs one worker). It never produces.
      room.peer(peerId, true);
      const transport = await room.createPlainTransport(peerId, {
        listenIp: { ip: '127.0.0.1' },
        rtcpMux: true,
        comedia: false,
        enableSrtp: true,
        srtpCryptoSuite: SUITE,
      });
      await transport.connect({
        ip: '127.0.0.1',
        port: this.ports[i % this.ports.length],
        srtpParameters: { cryptoSuite: SUITE, keyBase64: randomBytes(44).toString('base64') },
      });
      const ssrcs = [];
      for (const p of room.producerViews()) {
        const consumer = await room.consume(peerId, transport.id, p.producerId, room.rtpCapabilities);
        await room.resumeConsumer(peerId, consumer.id);
        ssrcs.push({ kind: consumer.kind, ssrc: consumer.rtpParameters.encodings[0].ssrc });
      }
      this.ssrcsByViewer.push(ssrcs);
    }
  }

  get count() {
    return this.ssrcsByViewer.length;
  }

  /** Per-SSRC counters, the sink's own kernel drops (its sockets' /proc/net/udp drops) and its CPU seconds. */
  async snapshot() {
    const id = ++this.seq;
    const counters = await new Promise((resolve) => {
      const on = (m) => m.type === 'snapshot' && m.id === id && (this.sink.off('message', on), resolve(m.counters));
      this.sink.on('message', on);
      this.sink.send({ cmd: 'snapshot', id });
    });
    return {
      bySsrc: new Map(counters.map(([ssrc, received, expected]) => [ssrc, { received, expected }])),
      drops: this.sinkDrops(),
      cpu: cpuSeconds(this.sink.pid),
    };
  }

  sinkDrops() {
    return udpDrops(this.ports);
  }

  /** Loss over a window: per SSRC lost = delta expected - delta received; a viewer is silent if its video got nothing. */
  static window(a, b, viewers) {
    let exp = 0;
    let recv = 0;
    let silent = 0;
    for (const ssrcs of viewers) {
      for (const { kind, ssrc } of ssrcs) {
        const x = b.bySsrc.get(ssrc) ?? { received: 0, expected: 0 };
        const y = a.bySsrc.get(ssrc) ?? { received: 0, expected: 0 };
        exp += x.expected - y.expected;
        recv += x.received - y.received;
        if (kind === 'video' && x.received - y.received === 0) silent++;
      }
    }
    return { expected: exp, lost: Math.max(0, exp - recv), silent, sinkDrops: b.drops - a.drops };
  }

  stop() {
    return stop(this.sink, 2000);
  }
}
