import type { JoinResult, RoomProducerView } from '@livefair/protocol';
import type { Device, types } from 'mediasoup-client';

import { deviceFor, preloadDevice, transportOptions } from './device';

import type { LiveRoom, RoomMember } from './LiveRoom';
import { Store } from './Store';

export type ViewerPhase = 'starting' | 'playing' | 'reconnecting' | 'ended';

export interface ViewerState {
  phase: ViewerPhase;
  /**
   * The stream the <video> plays: one object for the viewer's life whose tracks change (the
   * current video track plus every audio track). Assigning a new srcObject while Chrome is still
   * loading the previous one sometimes left the element at readyState 0 for good.
   */
  stream: MediaStream;
  /** Bumped when the stream's tracks change, so the player can call play() again. */
  tracksVersion: number;
  hasAudio: boolean;
  /** The first join has been answered (before it, the player shows "loading", not a phase). */
  joinedOnce: boolean;
  /** The broadcaster turned the camera off (only known when the server says so). */
  videoPaused: boolean;
}

/** Simulcast layer for a player this wide (CSS px): small phones get r0, phones r1, laptops r2. */
export const layerForWidth = (width: number): number => (width <= 320 ? 0 : width <= 640 ? 1 : 2);

const MAX_CONSUME_TRIES = 3;

interface Consumed {
  consumer: types.Consumer;
  source: RoomProducerView['source'];
  paused: boolean;
}

/** A viewer before it has joined anything (each call has its own MediaStream). */
export function idleViewerState(): ViewerState {
  return {
    phase: 'starting',
    stream: new MediaStream(),
    tracksVersion: 0,
    hasAudio: false,
    joinedOnce: false,
    videoPaused: false,
  };
}

/**
 * Receives every producer of the room. The layer asked for follows the player's width; lower
 * layers under congestion are the SFU's decision and are not fought here.
 */
export class Viewer extends Store<ViewerState> implements RoomMember {
  private transport: types.Transport | null = null;
  /** A receive transport is being opened (once per join, at the first producer). */
  private opening = false;
  private device: Device | null = null;
  private readonly known = new Map<string, RoomProducerView>();
  private readonly consumed = new Map<string, Consumed>();
  private readonly pending = new Set<string>();
  private readonly failures = new Map<string, number>();
  private width = 0;
  private generation = 0;
  private readonly unsubscribe: (() => void)[];

  constructor(private readonly room: LiveRoom) {
    super(idleViewerState());
    preloadDevice(); // while the socket connects and joins
    const client = room.client;
    this.unsubscribe = [
      client.on('room.producerAdded', (p) => {
        this.known.set(p.producerId, p);
        this.refresh();
        // Joined before the broadcast started: the room has had no media router until now.
        if (!this.transport && !this.opening && room.state.join) void this.openTransport(room.state.join);
        else void this.sync();
      }),
      client.on('room.producerClosed', ({ producerId }) => this.forget(producerId)),
      client.on('consumer.closed', ({ consumerId }) => {
        const entry = [...this.consumed.entries()].find(([, c]) => c.consumer.id === consumerId);
        if (entry) this.forget(entry[0]);
      }),
      client.on('room.producerPaused', ({ producerId, paused }) => {
        const c = this.consumed.get(producerId);
        if (c) c.paused = paused;
        this.refresh();
      }),
      room.subscribe(() => this.refresh()),
    ];
  }

  joined(join: JoinResult): void {
    if (!this.state.joinedOnce) this.set({ joinedOnce: true });
    join.producers.forEach((p) => this.known.set(p.producerId, p));
    this.refresh();
    // Before the broadcast starts the server has no media router for the room (transport.create
    // would answer LIVE_NOT_STARTED): the transport opens with the first room.producerAdded.
    if (this.known.size > 0) void this.openTransport(join);
  }

  left(): void {
    this.generation++;
    this.opening = false;
    this.transport?.close();
    this.transport = this.device = null;
    this.known.clear();
    this.consumed.clear();
    this.pending.clear();
    this.failures.clear();
    this.refresh(true);
  }

  close(): void {
    this.unsubscribe.forEach((off) => off());
    this.left();
  }

  /** The player's rendered width changed: ask for the matching simulcast layer. */
  setPlayerWidth(width: number): void {
    const before = layerForWidth(this.width);
    this.width = width;
    const video = this.videoConsumer();
    if (video && layerForWidth(width) !== before) void this.requestLayer(video);
  }

  /** inbound-rtp framesDecoded of the video consumer (0 without one). */
  async framesDecoded(): Promise<number> {
    const video = this.videoConsumer();
    if (!video) return 0;
    let frames = 0;
    (await video.getStats()).forEach((s: { type: string; framesDecoded?: number }) => {
      if (s.type === 'inbound-rtp') frames = Math.max(frames, s.framesDecoded ?? 0);
    });
    return frames;
  }

  /** The ICE candidate pair media flows over ("udp" or "tcp" on each side), null before one is selected. */
  async candidatePair(): Promise<{ local: string; remote: string } | null> {
    const video = this.videoConsumer();
    if (!video) return null;
    const stats = new Map<string, Record<string, unknown>>();
    (await video.getStats()).forEach((s: Record<string, unknown>) => stats.set(s.id as string, s));
    const transport = [...stats.values()].find((s) => s.type === 'transport');
    const pair = stats.get(transport?.selectedCandidatePairId as string);
    if (!pair) return null;
    const protocol = (id: unknown) => String(stats.get(id as string)?.protocol ?? '');
    return { local: protocol(pair.localCandidateId), remote: protocol(pair.remoteCandidateId) };
  }

  private async openTransport(join: JoinResult): Promise<void> {
    const generation = ++this.generation;
    this.opening = true;
    try {
      // The device is usually loaded already (preloadDevice); if not, loading overlaps the round trip.
      const [info, device] = await Promise.all([
        this.room.client.request('transport.create', { direction: 'recv' }),
        deviceFor(join.routerRtpCapabilities as unknown as types.RtpCapabilities),
      ]);
      if (generation !== this.generation) return;
      const transport = device.createRecvTransport(transportOptions(info, join));
      transport.on('connect', ({ dtlsParameters }, done, fail) => {
        this.room.client
          .request('transport.connect', { transportId: transport.id, dtlsParameters: dtlsParameters as never })
          .then(() => done(), fail);
      });
      transport.on('connectionstatechange', (state) => {
        if (state === 'failed' && generation === this.generation) void this.room.rejoin();
      });
      this.device = device;
      this.transport = transport;
      await this.sync();
    } catch {
      if (generation === this.generation) setTimeout(() => generation === this.generation && void this.room.rejoin(), 2000);
    } finally {
      if (generation === this.generation) this.opening = false;
    }
  }

  /** Consume every known producer not consumed yet. */
  private async sync(): Promise<void> {
    const { transport, device } = this;
    if (!transport || !device) return;
    const todo = [...this.known.values()].filter((p) => !this.consumed.has(p.producerId) && !this.pending.has(p.producerId));
    await Promise.all(todo.map((p) => this.consume(p, transport, device)));
  }

  private async consume(p: RoomProducerView, transport: types.Transport, device: Device): Promise<void> {
    const generation = this.generation;
    const client = this.room.client;
    this.pending.add(p.producerId);
    try {
      const info = await client.request('consume', {
        transportId: transport.id,
        producerId: p.producerId,
        rtpCapabilities: device.rtpCapabilities as never,
      });
      if (generation !== this.generation || !this.known.has(p.producerId)) return;
      const consumer = await transport.consume({
        id: info.consumerId,
        producerId: info.producerId,
        kind: info.kind,
        rtpParameters: info.rtpParameters as unknown as types.RtpParameters,
      });
      this.consumed.set(p.producerId, { consumer, source: p.source, paused: p.paused });
      // Not awaited: the layer request and the resume may land in either order, both end on the right layer.
      if (info.kind === 'video') void this.requestLayer(consumer);
      await client.request('consumer.resume', { consumerId: consumer.id });
      this.refresh(true);
    } catch {
      // Gone meanwhile (the next event or join sorts it out), or a hiccup: retry a few times.
      const tries = (this.failures.get(p.producerId) ?? 0) + 1;
      this.failures.set(p.producerId, tries);
      if (tries >= MAX_CONSUME_TRIES) {
        this.known.delete(p.producerId);
        this.refresh();
      } else {
        setTimeout(() => generation === this.generation && void this.sync(), 1000 * tries);
      }
    } finally {
      this.pending.delete(p.producerId);
    }
  }

  private async requestLayer(consumer: types.Consumer): Promise<void> {
    const spatialLayer = layerForWidth(this.width || 640);
    await this.room.client.request('consumer.setPreferredLayers', { consumerId: consumer.id, spatialLayer }).catch(() => null);
  }

  private forget(producerId: string): void {
    this.known.delete(producerId);
    const c = this.consumed.get(producerId);
    if (!c) return;
    this.consumed.delete(producerId);
    c.consumer.close();
    this.refresh(true);
  }

  /** Screen shares win over cameras; among equals the newest producer. */
  private videoConsumer(): types.Consumer | null {
    const rank = (s: Consumed['source']) => (s === 'screen' ? 2 : 1);
    let best: Consumed | null = null;
    for (const c of this.consumed.values()) {
      if (c.consumer.kind === 'video' && (!best || rank(c.source) >= rank(best.source))) best = c;
    }
    return best?.consumer ?? null;
  }

  private refresh(tracksChanged = false): void {
    const video = this.videoConsumer();
    const audio = [...this.consumed.values()].filter((c) => c.consumer.kind === 'audio').map((c) => c.consumer.track);
    const { status, connected, join } = this.room.state;
    // A video producer being consumed counts as playing: the player shows "loading" until its first frame.
    const videoComing = !!video || [...this.known.values()].some((p) => p.kind === 'video');
    const phase: ViewerPhase =
      status === 'ended'
        ? 'ended'
        : videoComing && connected && join
          ? 'playing'
          : status === 'live'
            ? 'reconnecting'
            : 'starting';
    const videoEntry = [...this.consumed.values()].find((c) => c.consumer === video);
    const patch: Partial<ViewerState> = { phase, hasAudio: audio.length > 0, videoPaused: videoEntry?.paused ?? false };
    if (tracksChanged && this.syncTracks([...(video ? [video.track] : []), ...audio])) {
      patch.tracksVersion = this.state.tracksVersion + 1;
    }
    const s = this.state;
    if (patch.phase !== s.phase || patch.hasAudio !== s.hasAudio || patch.videoPaused !== s.videoPaused || patch.tracksVersion)
      this.set(patch);
  }

  /** Makes the stream hold exactly `wanted`; true if anything changed. */
  private syncTracks(wanted: MediaStreamTrack[]): boolean {
    const { stream } = this.state;
    let changed = false;
    for (const track of stream.getTracks()) {
      if (!wanted.includes(track)) {
        stream.removeTrack(track);
        changed = true;
      }
    }
    for (const track of wanted) {
      if (!stream.getTracks().includes(track)) {
        stream.addTrack(track);
        changed = true;
      }
    }
    return changed;
  }
}
