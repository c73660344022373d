import type { types } from 'mediasoup';
import type { PooledWorker } from '../sfu/worker-pool';

/**
 * One transport's place on a router: the ports it holds on the router's worker and, for a viewer,
 * the consumers reserved for it when it was created (before it consumes anything).
 */
export class Seat {
  consumers = 0;
  freed = false;

  constructor(
    readonly slot: RouterSlot,
    readonly ports: number,
    readonly reserved: number,
  ) {}
}

/** One of a room's routers: the origin (where producers live) or a fan-out copy on another worker. */
export class RouterSlot {
  /** Producers available on this router (piped in for fan-out slots). */
  readonly producerIds = new Set<string>();
  /** pipeToRouter calls in flight, so two consumers of a new router never pipe one producer twice. */
  readonly pipes = new Map<string, Promise<void>>();
  /** Consumers that exist on this router. */
  consumerCount = 0;
  /**
   * What counts against maxConsumersPerRouter: per transport the larger of its reservation and its
   * consumers. Reserving at transport creation is what spreads a burst of joins: the consumers of
   * viewers that joined a moment ago are counted before they exist.
   */
  load = 0;

  constructor(
    readonly router: types.Router,
    readonly worker: PooledWorker,
  ) {}

  /** Takes the ports (MEDIA_CAPACITY when there are none) and reserves `reserved` consumers. */
  seat(ports: number, reserved: number, forViewer: boolean): Seat {
    this.worker.ports.take(ports, forViewer);
    this.load += reserved;
    return new Seat(this, ports, reserved);
  }

  /** Takes an empty router always, otherwise up to `max` consumers. */
  fits(reserved: number, max: number): boolean {
    return this.load === 0 || this.load + reserved <= max;
  }

  /** The seat's transport closed (or was never created). Idempotent. */
  free(seat: Seat): void {
    if (seat.freed) return;
    seat.freed = true;
    this.worker.ports.give(seat.ports);
    this.load -= Math.max(seat.reserved, seat.consumers);
  }

  consumerAdded(seat: Seat): void {
    this.consumerCount++;
    seat.consumers++;
    if (!seat.freed && seat.consumers > seat.reserved) this.load++;
  }

  consumerRemoved(seat: Seat): void {
    this.consumerCount--;
    seat.consumers--;
    if (!seat.freed && seat.consumers >= seat.reserved) this.load--;
  }
}
