import { DomainError } from '@livefair/core';
import type { MediaSource, RoomProducerView } from '@livefair/protocol';
import { EventEmitter } from 'node:events';
import type { types } from 'mediasoup';
import type { WorkerPool } from '../sfu/worker-pool';
import { Peer, PeerTransport } from './peer';
import { RoomRouters } from './room-routers';
import { mediaCall, RoomOptions, RoomTransports } from './room-transports';

export { RoomOptions, roomOptions } from './room-transports';

/**
 * Keyframe requests to a broadcaster at most this often; requests in between are merged into the
 * next one. Chromium's encoder ignores a request within 300 ms of the last one it honoured, and
 * mediasoup would not repeat an ignored request for a second, so a crowd joining at once would
 * wait up to a second for its first picture.
 */
const KEYFRAME_REQUEST_PACING_MS = 350;

interface RoomProducer {
  producer: types.Producer;
  source: MediaSource;
  peerId: string;
}

export interface SfuRoomEvents {
  producerAdded: [RoomProducerView];
  producerClosed: [{ producerId: string; peerId: string }];
  producerPaused: [{ producerId: string; paused: boolean }];
  consumerClosed: [{ peerId: string; consumerId: string }];
  layersChanged: [{ peerId: string; consumerId: string; spatialLayer: number | null; temporalLayer: number | null }];
}

/**
 * The mediasoup side of one live room. Producers live on the origin router; when a
 * router holds `maxConsumersPerRouter` consumers, new viewers are placed on a router
 * on another worker and the producers are piped there once (pipeToRouter).
 *
 * What one peer may hold is bounded: transports (RoomTransports), one consumer per producer
 * (ALREADY_CONSUMING), `maxTracksPerKind` producers per kind (TRACK_LIMIT), one publishing peer.
 */
export class SfuRoom extends EventEmitter<SfuRoomEvents> {
  private readonly producers = new Map<string, RoomProducer>();
  private readonly peers = new Map<string, Peer>();
  /** The one peer allowed to produce, claimed by its first produce (before any await). */
  private publisherId: string | null = null;
  private closed = false;
  private readonly transports: RoomTransports;

  private constructor(
    readonly sessionId: string,
    private readonly routers: RoomRouters,
    private readonly options: RoomOptions,
  ) {
    super();
    this.transports = new RoomTransports(routers, options, (peer) => !this.closed && this.peers.get(peer.id) === peer);
  }

  static async open(sessionId: string, pool: WorkerPool, options: RoomOptions): Promise<SfuRoom> {
    return new SfuRoom(sessionId, await RoomRouters.open(sessionId, pool, options.maxConsumersPerRouter), options);
  }

  get rtpCapabilities(): types.RtpCapabilities {
    return this.routers.origin.router.rtpCapabilities;
  }

  /** A meeting room: all its peers publish and consume each other. */
  get sharedPublishing(): boolean {
    return !!this.options.sharedPublishing;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Worker pids this room uses (for worker-death handling and tests). */
  get workerPids(): number[] {
    return this.routers.workerPids;
  }

  get routerCount(): number {
    return this.routers.count;
  }

  /** The peer that publishes (or is starting to), if it is still here. */
  get publishingPeer(): string | null {
    return this.publisherId && this.peers.has(this.publisherId) ? this.publisherId : null;
  }

  producerViews(): RoomProducerView[] {
    return [...this.producers.values()].map((p) => ({
      producerId: p.producer.id,
      kind: p.producer.kind,
      source: p.source,
      paused: p.producer.paused,
    }));
  }

  peer(peerId: string, canPublish = false): Peer {
    let peer = this.peers.get(peerId);
    if (!peer) {
      peer = new Peer(peerId, canPublish);
      this.peers.set(peerId, peer);
    }
    return peer;
  }

  hasPeer(peerId: string): boolean {
    return this.peers.has(peerId);
  }

  createWebRtcTransport(peerId: string, direction: 'send' | 'recv'): Promise<types.WebRtcTransport> {
    const peer = this.requirePeer(peerId);
    if (direction === 'send' && !peer.canPublish) throw new DomainError('NOT_BOOTH_STAFF', 'Only booth staff may publish');
    return this.transports.webRtc(peer, direction, this.producers.size);
  }

  /** RTP ingest: one plain transport per track the encoder sends, on the origin router. */
  createPlainTransport(peerId: string, options: types.PlainTransportOptions): Promise<types.PlainTransport> {
    const peer = this.requirePeer(peerId);
    if (!peer.canPublish) throw new DomainError('NOT_BOOTH_STAFF', 'Only booth staff may publish');
    return this.transports.plain(peer, options);
  }

  async connectTransport(peerId: string, transportId: string, dtlsParameters: types.DtlsParameters): Promise<void> {
    const { transport } = this.transportOf(peerId, transportId);
    await mediaCall(() => (transport as types.WebRtcTransport).connect({ dtlsParameters }));
  }

  async produce(
    peerId: string,
    transportId: string,
    kind: types.MediaKind,
    rtpParameters: types.RtpParameters,
    source: MediaSource,
  ): Promise<types.Producer> {
    const peer = this.requirePeer(peerId);
    if (!peer.canPublish) throw new DomainError('NOT_BOOTH_STAFF', 'Only booth staff may publish');
    if (!this.options.sharedPublishing && this.publishingPeer && this.publishingPeer !== peerId) {
      throw new DomainError('ALREADY_PUBLISHING', 'Another device or encoder is already publishing in this session');
    }
    const entry = this.transportOf(peerId, transportId);
    if (kind !== 'audio' && kind !== 'video') throw new DomainError('MEDIA_PARAMS_INVALID', 'kind must be audio or video');
    if (peer.tracks[kind] >= this.options.maxTracksPerKind) {
      throw new DomainError('TRACK_LIMIT', `A publisher sends at most ${this.options.maxTracksPerKind} ${kind} track(s)`);
    }
    this.publisherId = peerId;
    peer.tracks[kind]++;
    entry.media++;
    let producer: types.Producer;
    try {
      producer = await mediaCall(() =>
        entry.transport.produce({ kind, rtpParameters, keyFrameRequestDelay: KEYFRAME_REQUEST_PACING_MS, appData: { source } }),
      );
    } catch (err) {
      peer.tracks[kind]--;
      entry.media--;
      this.releasePublisher(peer);
      throw err;
    }
    peer.producers.add(producer.id);
    this.producers.set(producer.id, { producer, source, peerId });
    producer.observer.once('close', () => {
      peer.tracks[kind]--;
      entry.media--;
      this.dropProducer(producer.id);
    });
    await this.routers.addProducer(producer.id);
    this.emit('producerAdded', { producerId: producer.id, kind: producer.kind, source, paused: producer.paused });
    return producer;
  }

  closeProducer(peerId: string, producerId: string): void {
    this.ownProducer(peerId, producerId).producer.close();
  }

  async setProducerPaused(peerId: string, producerId: string, paused: boolean): Promise<void> {
    const p = this.ownProducer(peerId, producerId);
    if (paused) await p.producer.pause();
    else await p.producer.resume();
    this.emit('producerPaused', { producerId, paused });
  }

  hasProducers(): boolean {
    return this.producers.size > 0;
  }

  async consume(
    peerId: string,
    transportId: string,
    producerId: string,
    rtpCapabilities: types.RtpCapabilities,
  ): Promise<types.Consumer> {
    const peer = this.requirePeer(peerId);
    const entry = this.transportOf(peerId, transportId);
    const seat = this.routers.seatOf(transportId)!;
    if (!this.producers.has(producerId)) throw DomainError.notFound('PRODUCER_NOT_FOUND', 'Producer', producerId);
    if (peer.consuming.has(producerId))
      throw new DomainError('ALREADY_CONSUMING', 'This producer is already being consumed by this client');
    peer.consuming.add(producerId);
    let consumer: types.Consumer;
    try {
      await this.routers.pipe(producerId, seat.slot);
      // Paused until the client says it is ready, so the first keyframe is not lost. No
      // router.canConsume first: consume validates the capabilities and matches the codecs itself,
      // and refuses a device with none in common with an UnsupportedError.
      consumer = await mediaCall(() =>
        entry.transport.consume({ producerId, rtpCapabilities, paused: true }).catch((err: unknown) => {
          if (err instanceof Error && err.name === 'UnsupportedError')
            throw new DomainError('CANNOT_CONSUME', 'This device cannot receive the stream (codec mismatch)');
          throw err;
        }),
      );
    } catch (err) {
      peer.consuming.delete(producerId);
      throw err;
    }
    peer.consumers.set(consumer.id, consumer);
    entry.media++;
    seat.slot.consumerAdded(seat);
    consumer.observer.once('close', () => {
      peer.consumers.delete(consumer.id);
      peer.consuming.delete(producerId);
      entry.media--;
      seat.slot.consumerRemoved(seat);
    });
    consumer.on('producerclose', () => {
      if (!this.closed) this.emit('consumerClosed', { peerId, consumerId: consumer.id });
    });
    consumer.on('layerschange', (layers) =>
      this.emit('layersChanged', {
        peerId,
        consumerId: consumer.id,
        spatialLayer: layers?.spatialLayer ?? null,
        temporalLayer: layers?.temporalLayer ?? null,
      }),
    );
    return consumer;
  }

  async resumeConsumer(peerId: string, consumerId: string): Promise<void> {
    const consumer = this.consumerOf(peerId, consumerId);
    // mediasoup asks the producer for a keyframe itself once the consumer is resumed and its transport connected.
    await consumer.resume();
  }

  async setPreferredLayers(peerId: string, consumerId: string, spatialLayer: number, temporalLayer?: number): Promise<void> {
    const consumer = this.consumerOf(peerId, consumerId);
    if (consumer.type !== 'simulcast' && consumer.type !== 'svc') return;
    await consumer.setPreferredLayers({ spatialLayer, temporalLayer });
  }

  producerStats(): Promise<{ view: RoomProducerView; stats: types.ProducerStat[] }[]> {
    return Promise.all(
      [...this.producers.values()].map(async (p) => ({
        view: { producerId: p.producer.id, kind: p.producer.kind, source: p.source, paused: p.producer.paused },
        stats: await p.producer.getStats(),
      })),
    );
  }

  /** Consumers and transports on each router as mediasoup reports them (for tests and diagnostics). */
  routerLoads(): Promise<{ workerPid: number; consumers: number; transports: number }[]> {
    return this.routers.loads();
  }

  /** A peer leaves: its transports close and with them its producers and consumers. */
  removePeer(peerId: string): void {
    const peer = this.peers.get(peerId);
    if (!peer) return;
    this.peers.delete(peerId);
    peer.close();
    if (this.publisherId === peerId) this.publisherId = null;
  }

  /**
   * Booth staff take the broadcast off: every producer closes, publishers' send transports with
   * them, and those peers may not produce again without joining anew. Returns the peers that were
   * publishing (ingest peers among them are removed by the ingest gate).
   */
  kickPublishers(): string[] {
    const kicked: string[] = [];
    for (const peer of this.peers.values()) {
      if (peer.producers.size === 0 && peer.held('send') + peer.held('plain') === 0) continue;
      kicked.push(peer.id);
      peer.canPublish = false;
      for (const t of [...peer.transports.values()]) if (t.role !== 'recv') t.transport.close();
    }
    this.publisherId = null;
    return kicked;
  }

  peerCount(): number {
    return this.peers.size;
  }

  /** A peer that may publish (a studio joined as publisher, an encoder) is here: the room must stay open. */
  hasPublisherPeer(): boolean {
    for (const peer of this.peers.values()) if (peer.canPublish) return true;
    return false;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const peer of this.peers.values()) peer.close();
    this.peers.clear();
    this.producers.clear();
    this.routers.close();
  }

  private releasePublisher(peer: Peer): void {
    if (this.publisherId === peer.id && peer.tracks.audio + peer.tracks.video === 0) this.publisherId = null;
  }

  private dropProducer(producerId: string): void {
    const p = this.producers.get(producerId);
    if (!p) return;
    this.producers.delete(producerId);
    const peer = this.peers.get(p.peerId);
    peer?.producers.delete(producerId);
    if (peer) this.releasePublisher(peer);
    this.routers.removeProducer(producerId);
    if (!this.closed) this.emit('producerClosed', { producerId, peerId: p.peerId });
  }

  private requirePeer(peerId: string): Peer {
    const peer = this.peers.get(peerId);
    if (!peer || this.closed) throw new DomainError('NOT_IN_ROOM', 'Join the room first');
    return peer;
  }

  private transportOf(peerId: string, transportId: string): PeerTransport {
    const t = this.requirePeer(peerId).transports.get(transportId);
    if (!t) throw DomainError.notFound('TRANSPORT_NOT_FOUND', 'Transport', transportId);
    return t;
  }

  private consumerOf(peerId: string, consumerId: string): types.Consumer {
    const c = this.requirePeer(peerId).consumers.get(consumerId);
    if (!c) throw DomainError.notFound('CONSUMER_NOT_FOUND', 'Consumer', consumerId);
    return c;
  }

  private ownProducer(peerId: string, producerId: string): RoomProducer {
    const p = this.producers.get(producerId);
    if (!p || p.peerId !== peerId) throw DomainError.notFound('PRODUCER_NOT_FOUND', 'Producer', producerId);
    return p;
  }
}
