import type { JoinResult, RoomProducerView } from '@livefair/protocol';
import type { types } from 'mediasoup-client';

import { deviceFor, transportOptions } from '../live/device';
import { LiveClient } from '../live/LiveClient';
import { Store } from '../live/Store';

export type CallPhase = 'joining' | 'in-call' | 'ended' | 'error';

export interface CallState {
  phase: CallPhase;
  error: string | null;
  muted: boolean;
  cameraOff: boolean;
  /** The other side's tracks (null until they publish). */
  remote: MediaStream | null;
  local: MediaStream | null;
}

/**
 * One side of a private meeting: joins the meeting room as a publisher, sends camera and mic
 * (one VP8 encoding: a two-person call needs no simulcast), and consumes every producer that is
 * not its own. Producers announced before our own produce calls settle wait for them, so we never
 * consume ourselves.
 */
export class MeetingCall extends Store<CallState> {
  private readonly client = new LiveClient();
  private device: types.Device | null = null;
  private send: types.Transport | null = null;
  private recv: types.Transport | null = null;
  private readonly own = new Set<string>();
  private readonly consumers = new Map<string, types.Consumer>();
  private video: types.Producer | null = null;
  private audio: types.Producer | null = null;
  /** Producers in the room (ours among them); consumed once our own are known and the receive transport is open. */
  private readonly known = new Map<string, RoomProducerView>();
  private readonly pending = new Set<string>();
  private ready = false;
  private readonly off: (() => void)[] = [];

  constructor(private readonly sessionId: string) {
    super({ phase: 'joining', error: null, muted: false, cameraOff: false, remote: null, local: null });
  }

  async start(): Promise<void> {
    this.off.push(
      this.client.on('room.producerAdded', (p) => {
        this.known.set(p.producerId, p);
        void this.sync();
      }),
      this.client.on('room.producerClosed', ({ producerId }) => {
        this.known.delete(producerId);
        this.dropRemote(producerId);
      }),
      this.client.on('room.status', ({ status }) => status === 'ended' && this.end()),
    );
    try {
      const local = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: true });
      this.set({ local });
      const join = await this.client.request('room.join', { sessionId: this.sessionId, as: 'publisher' });
      this.device = await deviceFor(join.routerRtpCapabilities as unknown as types.RtpCapabilities);
      for (const p of join.producers) this.known.set(p.producerId, p);
      await this.publish(join, local);
      await this.openRecv(join);
      this.ready = true;
      this.set({ phase: 'in-call' });
      await this.sync();
    } catch (err) {
      this.set({ phase: 'error', error: (err as { code?: string; name?: string }).code ?? 'MEDIA_FAILED' });
    }
  }

  async setMuted(muted: boolean): Promise<void> {
    if (this.audio) await this.client.request(muted ? 'producer.pause' : 'producer.resume', { producerId: this.audio.id });
    if (muted) this.audio?.pause();
    else this.audio?.resume();
    this.set({ muted });
  }

  async setCameraOff(cameraOff: boolean): Promise<void> {
    if (this.video) await this.client.request(cameraOff ? 'producer.pause' : 'producer.resume', { producerId: this.video.id });
    if (cameraOff) this.video?.pause();
    else this.video?.resume();
    this.set({ cameraOff });
  }

  /** inbound-rtp framesDecoded of the other side's video (0 before it arrives). */
  async framesDecoded(): Promise<number> {
    let frames = 0;
    for (const c of this.consumers.values()) {
      if (c.kind !== 'video') continue;
      (await c.getStats()).forEach((s: { type: string; framesDecoded?: number }) => {
        if (s.type === 'inbound-rtp') frames = Math.max(frames, s.framesDecoded ?? 0);
      });
    }
    return frames;
  }

  leave(): void {
    this.end();
  }

  private end(): void {
    this.off.splice(0).forEach((f) => f());
    this.state.local?.getTracks().forEach((t) => t.stop());
    this.send?.close();
    this.recv?.close();
    this.client.close();
    this.set({ phase: 'ended', remote: null });
  }

  private async publish(join: JoinResult, local: MediaStream): Promise<void> {
    const info = await this.client.request('transport.create', { direction: 'send' });
    const transport = this.device!.createSendTransport(transportOptions(info, join));
    this.send = transport;
    transport.on('connect', ({ dtlsParameters }, done, fail) => {
      this.client
        .request('transport.connect', { transportId: transport.id, dtlsParameters: dtlsParameters as never })
        .then(() => done(), fail);
    });
    transport.on('produce', ({ kind, rtpParameters, appData }, done, fail) => {
      this.client
        .request('produce', {
          transportId: transport.id,
          kind,
          rtpParameters: rtpParameters as never,
          source: appData.source as 'camera' | 'mic',
        })
        .then(({ producerId }) => {
          this.own.add(producerId);
          done({ id: producerId });
        }, fail);
    });
    const [videoTrack] = local.getVideoTracks();
    const [audioTrack] = local.getAudioTracks();
    const vp8 = this.device!.rtpCapabilities.codecs?.find((c) => c.mimeType.toLowerCase() === 'video/vp8');
    if (videoTrack)
      this.video = await transport.produce({ track: videoTrack, codec: vp8, stopTracks: false, appData: { source: 'camera' } });
    if (audioTrack) this.audio = await transport.produce({ track: audioTrack, stopTracks: false, appData: { source: 'mic' } });
  }

  private async openRecv(join: JoinResult): Promise<void> {
    const info = await this.client.request('transport.create', { direction: 'recv' });
    const transport = this.device!.createRecvTransport(transportOptions(info, join));
    transport.on('connect', ({ dtlsParameters }, done, fail) => {
      this.client
        .request('transport.connect', { transportId: transport.id, dtlsParameters: dtlsParameters as never })
        .then(() => done(), fail);
    });
    this.recv = transport;
  }

  /** Consume every producer of the other side not consumed yet. */
  private async sync(): Promise<void> {
    if (!this.ready) return;
    const todo = [...this.known.values()].filter(
      (p) => !this.own.has(p.producerId) && !this.consumers.has(p.producerId) && !this.pending.has(p.producerId),
    );
    await Promise.all(todo.map((p) => this.consume(p).catch(() => undefined)));
  }

  private async consume(p: RoomProducerView): Promise<void> {
    if (!this.recv || !this.device) return;
    this.pending.add(p.producerId);
    try {
      await this.consumeNow(p, this.recv, this.device);
    } finally {
      this.pending.delete(p.producerId);
    }
  }

  private async consumeNow(p: RoomProducerView, recv: types.Transport, device: types.Device): Promise<void> {
    const info = await this.client.request('consume', {
      transportId: recv.id,
      producerId: p.producerId,
      rtpCapabilities: device.rtpCapabilities as never,
    });
    const consumer = await recv.consume({
      id: info.consumerId,
      producerId: info.producerId,
      kind: info.kind,
      rtpParameters: info.rtpParameters as unknown as types.RtpParameters,
    });
    this.consumers.set(p.producerId, consumer);
    await this.client.request('consumer.resume', { consumerId: consumer.id });
    this.refreshRemote();
  }

  private dropRemote(producerId: string): void {
    const c = this.consumers.get(producerId);
    if (!c) return;
    c.close();
    this.consumers.delete(producerId);
    this.refreshRemote();
  }

  private refreshRemote(): void {
    const tracks = [...this.consumers.values()].map((c) => c.track);
    this.set({ remote: tracks.length ? new MediaStream(tracks) : null });
  }
}
