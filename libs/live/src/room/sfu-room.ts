import { DomainError } from '@livefair/core';
import type { MediaSource, RoomProducerView } from '@livefair/protocol';
import { EventEmitter } from 'node:events';
import type { types } from 'mediasoup';
import type { WorkerPool } from '../sfu/worker-pool';
import { Peer } from './peer';
import { RoomRouters } from './room-routers';
import type { RouterSlot } from './router-slot';

/**
 * Keyframe requests to a broadcaster at most this often; requests in between are merged into the
 * next one. Chromium's encoder ignores a request within 300 ms of the last one it honoured, and
 * mediasoup would not repeat an ignored request for a second, so a crowd joining at once would
 * wait up to a second for its first picture.
 */
const KEYFRAME_REQUEST_PACING_MS = 350;

export interface RoomOptions {
  listenIp: string;
  announcedIp: string | null;
  /** Consumers a router takes before new viewers land on a router on another worker. */
  maxConsumersPerRouter: number;
}

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
 */
export class SfuRoom extends EventEmitter<SfuRoomEvents> {
  private readonly producers = new Map<string, RoomProducer>();
  private readonly peers = new Map<string, Peer>();
  private closed = false;

  private constructor(
    readonly sessionId: string,
    private readonly routers: RoomRouters,
    private readonly options: RoomOptions,
  ) {
    super();
  }

  static async open(sessionId: string, pool: WorkerPool, options: RoomOptions): Promise<SfuRoom> {
    return new SfuRoom(sessionId, await RoomRouters.open(sessionId, pool, options.maxConsumersPerRouter), options);
  }

  get rtpCapabilities(): types.RtpCapabilities {
    return this.routers.origin.router.rtpCapabilities;
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

  async createWebRtcTransport(peerId: string, direction: 'send' | 'recv'): Promise<types.WebRtcTransport> {
    const peer = this.requirePeer(peerId);
    if (direction === 'send' && !peer.canPublish) throw new DomainError('NOT_BOOTH_STAFF', 'Only booth staff may publish');
    const slot = direction === 'send' ? this.routers.origin : await this.routers.placement(this.producers.keys());
    const transport = await slot.router.createWebRtcTransport({
      listenIps: [{ ip: this.options.listenIp, announcedIp: this.options.announcedIp ?? undefined }],
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
      initialAvailableOutgoingBitrate: 1_000_000,
      appData: { peerId, direction },
    });
    this.track(peer, slot, transport);
    return transport;
  }

  async createPlainTransport(peerId: string, options: types.PlainTransportOptions): Promise<types.PlainTransport> {
    const peer = this.requirePeer(peerId);
    const slot = peer.canPublish ? this.routers.origin : await this.routers.placement(this.producers.keys());
    const transport = await slot.router.createPlainTransport(options);
    this.track(peer, slot, transport);
    return transport;
  }

  async connectTransport(peerId: string, transportId: string, dtlsParameters: types.DtlsParameters): Promise<void> {
    const transport = this.transportOf(peerId, transportId);
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
    if ([...this.producers.values()].some((p) => p.peerId !== peerId)) {
      throw new DomainError('ALREADY_PUBLISHING', 'Another device or encoder is already publishing in this session');
    }
    const transport = this.transportOf(peerId, transportId);
    const producer = await mediaCall(() => transport.produce({ kind, rtpParameters, keyFrameRequestDelay: KEYFRAME_REQUEST_PACING_MS, appData: { source } }));
    peer.producers.add(producer.id);
    this.producers.set(producer.id, { producer, source, peerId });
    producer.on('transportclose', () => this.dropProducer(producer.id));
    await this.routers.addProducer(producer.id);
    this.emit('producerAdded', { producerId: producer.id, kind: producer.kind, source, paused: producer.paused });
    return producer;
  }

  closeProducer(peerId: string, producerId: string): void {
    const p = this.ownProducer(peerId, producerId);
    p.producer.close();
    this.dropProducer(producerId);
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
    const transport = this.transportOf(peerId, transportId);
    const slot = this.routers.slotOf(transportId)!;
    if (!this.producers.has(producerId)) throw DomainError.notFound('PRODUCER_NOT_FOUND', 'Producer', producerId);
    await this.routers.pipe(producerId, slot);
    if (!slot.router.canConsume({ producerId, rtpCapabilities })) {
      throw new DomainError('CANNOT_CONSUME', 'This device cannot receive the stream (codec mismatch)');
    }
    // Paused until the client says it is ready, so the first keyframe is not lost.
    const consumer = await mediaCall(() => transport.consume({ producerId, rtpCapabilities, paused: true }));
    peer.consumers.set(consumer.id, consumer);
    slot.consumerCount++;
    const forget = () => {
      if (peer.consumers.delete(consumer.id)) slot.consumerCount--;
    };
    consumer.on('transportclose', forget);
    consumer.on('producerclose', () => {
      forget();
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

  /** A peer leaves: its transports close and with them its producers and consumers. */
  removePeer(peerId: string): void {
    const peer = this.peers.get(peerId);
    if (!peer) return;
    this.peers.delete(peerId);
    const owned = [...peer.producers];
    for (const [id] of peer.transports) this.routers.unbind(id);
    peer.close();
    owned.forEach((id) => this.dropProducer(id));
  }

  peerCount(): number {
    return this.peers.size;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const peer of this.peers.values()) peer.close();
    this.peers.clear();
    this.producers.clear();
    this.routers.close();
  }

  private track(peer: Peer, slot: RouterSlot, transport: types.Transport): void {
    peer.transports.set(transport.id, transport);
    this.routers.bind(transport, slot);
    transport.observer.once('close', () => peer.transports.delete(transport.id));
  }

  private dropProducer(producerId: string): void {
    const p = this.producers.get(producerId);
    if (!p) return;
    this.producers.delete(producerId);
    this.peers.get(p.peerId)?.producers.delete(producerId);
    this.routers.removeProducer(producerId);
    if (!this.closed) this.emit('producerClosed', { producerId, peerId: p.peerId });
  }

  private requirePeer(peerId: string): Peer {
    const peer = this.peers.get(peerId);
    if (!peer || this.closed) throw new DomainError('NOT_IN_ROOM', 'Join the room first');
    return peer;
  }

  private transportOf(peerId: string, transportId: string): types.Transport {
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

/**
 * connect/produce/consume fail in mediasoup almost only on what the client sent
 * (bad parameters, a second connect): answer 400 with mediasoup's reason.
 */
async function mediaCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof DomainError || !(err instanceof Error)) throw err;
    throw new DomainError('MEDIA_PARAMS_INVALID', `Media request rejected: ${err.message}`);
  }
}
