import { DomainError } from '@livefair/core';
import { Logger } from '@nestjs/common';
import type { types } from 'mediasoup';
import type { PooledWorker, WorkerPool } from '../sfu/worker-pool';
import { ROUTER_CODECS } from './media-codecs';
import { RouterSlot, Seat } from './router-slot';

/** Ports a fan-out router needs outside the viewers' share: its end of the pipe from the origin. */
const PIPE_PORTS = 1;

/**
 * A room's routers: the origin, where producers live, and fan-out copies. A new viewer's receive
 * transport goes to the first router whose load (reserved + actual consumers) leaves room under
 * `maxConsumersPerRouter`; when none has, a router is added on a worker the room does not use yet
 * and every producer is piped to it once (pipeToRouter). One router per worker: a piped producer
 * keeps its id, and ids are unique within a worker. Once every worker has one, the least loaded
 * router takes the viewer. Placement decides and
 * reserves synchronously, and routers are added one at a time, so a burst of joins spreads as
 * configured instead of all landing on the router that looked free. Knows each transport's seat.
 */
export class RoomRouters {
  private readonly logger = new Logger('RoomRouters');
  private readonly slots: RouterSlot[] = [];
  private readonly seats = new Map<string, { transport: types.Transport; seat: Seat }>();
  private adding: Promise<void> | null = null;
  private closed = false;

  private constructor(
    private readonly sessionId: string,
    private readonly pool: WorkerPool,
    private readonly maxConsumersPerRouter: number,
  ) {}

  static async open(sessionId: string, pool: WorkerPool, maxConsumersPerRouter: number): Promise<RoomRouters> {
    const routers = new RoomRouters(sessionId, pool, maxConsumersPerRouter);
    routers.slots.push(await routers.createSlot(pool.pick()));
    return routers;
  }

  get origin(): RouterSlot {
    return this.slots[0];
  }

  get count(): number {
    return this.slots.length;
  }

  get workerPids(): number[] {
    return this.slots.map((s) => s.worker.pid);
  }

  get all(): readonly RouterSlot[] {
    return this.slots;
  }

  /** A publisher's transport: on the origin, allowed into the ports viewers may not take. */
  publisherSeat(ports: number): Seat {
    return this.origin.seat(ports, 0, false);
  }

  /** Where a new viewer's receive transport goes, with `expected` consumers reserved for it. */
  async viewerSeat(expected: number): Promise<Seat> {
    for (;;) {
      const slot = this.slots.find((s) => s.fits(expected, this.maxConsumersPerRouter) && s.worker.ports.hasRoom(1, true));
      if (slot) return slot.seat(1, expected, true);
      if (!this.adding) {
        const worker = this.workerForNewRouter();
        if (!worker) return this.overflowSeat(expected);
        this.adding = this.addFanOut(worker).finally(() => (this.adding = null));
      }
      await this.adding;
    }
  }

  /** A new producer on the origin router, piped at once to every fan-out router. */
  async addProducer(producerId: string): Promise<void> {
    this.origin.producerIds.add(producerId);
    for (const slot of this.slots.slice(1)) await this.pipe(producerId, slot);
  }

  removeProducer(producerId: string): void {
    for (const slot of this.slots) slot.producerIds.delete(producerId);
  }

  /** Makes `producerId` consumable on `slot` (a no-op on the origin or when piped already). */
  pipe(producerId: string, slot: RouterSlot): Promise<void> {
    if (slot === this.origin || slot.producerIds.has(producerId)) return Promise.resolve();
    let piping = slot.pipes.get(producerId);
    if (!piping) {
      piping = this.origin.router
        .pipeToRouter({ producerId, router: slot.router })
        .then(() => void slot.producerIds.add(producerId))
        .finally(() => slot.pipes.delete(producerId));
      slot.pipes.set(producerId, piping);
    }
    return piping;
  }

  bind(transport: types.Transport, seat: Seat): void {
    this.seats.set(transport.id, { transport, seat });
    transport.observer.once('close', () => {
      this.seats.delete(transport.id);
      seat.slot.free(seat);
    });
  }

  seatOf(transportId: string): Seat | undefined {
    return this.seats.get(transportId)?.seat;
  }

  /** Viewers' and publishers' consumers and transports per router, as mediasoup reports them (pipes left out). */
  async loads(): Promise<{ workerPid: number; consumers: number; transports: number }[]> {
    const bySlot = new Map(this.slots.map((s) => [s, { workerPid: s.worker.pid, consumers: 0, transports: 0 }]));
    for (const { transport, seat } of this.seats.values()) {
      const load = bySlot.get(seat.slot);
      if (!load) continue;
      const dump = (await transport.dump()) as { consumerIds: string[] };
      load.transports++;
      load.consumers += dump.consumerIds.length;
    }
    return [...bySlot.values()];
  }

  close(): void {
    this.closed = true;
    for (const slot of this.slots) slot.router.close();
  }

  /** A worker without a router of this room, with ports for a viewer and a pipe; the one with most free ports. */
  private workerForNewRouter(): PooledWorker | null {
    const used = new Set(this.workerPids);
    const candidates = this.pool.all().filter((w) => !used.has(w.pid) && w.ports.hasRoom(1 + PIPE_PORTS, true));
    return candidates.reduce<PooledWorker | null>((best, w) => (!best || w.ports.free > best.ports.free ? w : best), null);
  }

  /** Every router is full and every worker has one: the least loaded router with a port left takes the viewer. */
  private overflowSeat(expected: number): Seat {
    const open = this.slots.filter((s) => s.worker.ports.hasRoom(1, true));
    if (open.length === 0)
      throw new DomainError('MEDIA_CAPACITY', 'The media server has no room for another viewer; try again later');
    return open.reduce((a, b) => (a.load <= b.load ? a : b)).seat(1, expected, true);
  }

  private async addFanOut(worker: PooledWorker): Promise<void> {
    const slot = await this.createSlot(worker);
    try {
      for (const producerId of [...this.origin.producerIds]) {
        // A producer that closed meanwhile is simply not piped.
        await this.pipe(producerId, slot).catch((err: unknown) => {
          if (this.origin.producerIds.has(producerId)) throw err;
        });
      }
    } catch (err) {
      slot.router.close();
      throw err;
    }
    if (this.closed) return slot.router.close();
    this.slots.push(slot);
    this.logger.log(`room ${this.sessionId}: fan-out router on worker ${worker.pid} (${this.slots.length} routers)`);
  }

  private async createSlot(worker: PooledWorker): Promise<RouterSlot> {
    return new RouterSlot(await worker.worker.createRouter({ mediaCodecs: ROUTER_CODECS }), worker);
  }
}
