import { AppConfig, DomainError } from '@livefair/core';
import type { types } from 'mediasoup';
import { asCapacityError, BUDGETED } from '../sfu/port-budget';
import { Peer, TransportRole } from './peer';
import { RoomRouters } from './room-routers';
import type { Seat } from './router-slot';

/** Consumers reserved for a viewer who joins before anything is published: an audio and a video track. */
const EXPECTED_TRACKS = 2;

export interface RoomOptions {
  listenIp: string;
  announcedIp: string | null;
  /** Consumers a router takes before new viewers land on a router on another worker. */
  maxConsumersPerRouter: number;
  maxSendTransports: number;
  maxRecvTransports: number;
  /** Producers one publisher may have per kind (audio, video). */
  maxTracksPerKind: number;
  /** A meeting room: every peer allowed to publish may (no one-publisher rule). */
  sharedPublishing?: boolean;
}

export function roomOptions(config: AppConfig): RoomOptions {
  const { listenIp, announcedIp } = config.mediasoup;
  const { maxSendTransports, maxRecvTransports, maxTracksPerKind } = config.liveMedia;
  return {
    listenIp,
    announcedIp,
    maxConsumersPerRouter: config.live.maxConsumersPerRouter,
    maxSendTransports,
    maxRecvTransports,
    maxTracksPerKind,
  };
}

/**
 * Creating a room's transports within the caps: `maxSendTransports` / `maxRecvTransports` WebRTC
 * transports per peer (at the cap the oldest one without media is closed to make room, otherwise
 * TRANSPORT_LIMIT), one plain transport per track for ingest, each seated on a router with its ports
 * taken from the worker's budget (MEDIA_CAPACITY when there are none).
 */
export class RoomTransports {
  constructor(
    private readonly routers: RoomRouters,
    private readonly options: RoomOptions,
    /** False once the peer left or the room closed while a transport was being created. */
    private readonly isCurrent: (peer: Peer) => boolean,
  ) {}

  /** A WebRTC transport for `peer`: sends on the origin, receives where placement puts it (`producers` now in the room). */
  async webRtc(peer: Peer, direction: 'send' | 'recv', producers: number): Promise<types.WebRtcTransport> {
    this.makeRoom(peer, direction, direction === 'send' ? this.options.maxSendTransports : this.options.maxRecvTransports);
    const done = peer.creatingOne(direction);
    try {
      const expected = producers || EXPECTED_TRACKS;
      const seat = direction === 'send' ? this.routers.publisherSeat(1) : await this.routers.viewerSeat(expected);
      return await this.create(peer, seat, direction, () =>
        seat.slot.router.createWebRtcTransport({
          listenIps: [{ ip: this.options.listenIp, announcedIp: this.options.announcedIp ?? undefined }],
          enableUdp: true,
          enableTcp: true,
          preferUdp: true,
          initialAvailableOutgoingBitrate: 1_000_000,
          appData: { peerId: peer.id, direction, [BUDGETED]: 1 },
        }),
      );
    } finally {
      done();
    }
  }

  /** A plain RTP transport for an ingest peer, on the origin router. */
  async plain(peer: Peer, options: types.PlainTransportOptions): Promise<types.PlainTransport> {
    if (peer.held('plain') >= 2 * this.options.maxTracksPerKind) {
      throw new DomainError('TRANSPORT_LIMIT', 'This ingest already has a port for every track it may send');
    }
    const done = peer.creatingOne('plain');
    try {
      const ports = options.rtcpMux === false ? 2 : 1;
      const seat = this.routers.publisherSeat(ports);
      return await this.create(peer, seat, 'plain', () =>
        seat.slot.router.createPlainTransport({
          ...options,
          appData: { ...options.appData, peerId: peer.id, [BUDGETED]: ports },
        }),
      );
    } finally {
      done();
    }
  }

  /** At the cap, the oldest transport of that role with nothing on it makes room; otherwise TRANSPORT_LIMIT. */
  private makeRoom(peer: Peer, role: TransportRole, max: number): void {
    if (peer.held(role) < max) return;
    const idle = peer.idle(role);
    if (!idle) throw new DomainError('TRANSPORT_LIMIT', `A client holds at most ${max} ${role} transport(s)`);
    idle.transport.close();
  }

  private async create<T extends types.Transport>(
    peer: Peer,
    seat: Seat,
    role: TransportRole,
    make: () => Promise<T>,
  ): Promise<T> {
    let transport: T;
    try {
      transport = await make();
    } catch (err) {
      seat.slot.free(seat);
      throw asCapacityError(err);
    }
    this.routers.bind(transport, seat);
    if (!this.isCurrent(peer)) {
      transport.close();
      throw new DomainError('NOT_IN_ROOM', 'Join the room first');
    }
    peer.transports.set(transport.id, { transport, role, media: 0 });
    transport.observer.once('close', () => peer.transports.delete(transport.id));
    return transport;
  }
}

/**
 * connect/produce/consume fail in mediasoup almost only on what the client sent
 * (bad parameters, a second connect): answer 400 with mediasoup's reason.
 */
export async function mediaCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof DomainError || !(err instanceof Error)) throw err;
    throw new DomainError('MEDIA_PARAMS_INVALID', `Media request rejected: ${err.message}`);
  }
}
