import { Logger } from '@nestjs/common';
import type { types } from 'mediasoup';
import type { WorkerPool } from '../sfu/worker-pool';
import { ROUTER_CODECS } from './media-codecs';
import { RouterSlot } from './router-slot';

/**
 * A room's routers: the origin, where producers live, and fan-out copies on other workers.
 * A new viewer's receive transport goes to the first router under `maxConsumersPerRouter`;
 * when all are full, a router on an unused worker is added and every producer is piped to it
 * once (pipeToRouter). Knows which router each transport is on.
 */
export class RoomRouters {
  private readonly logger = new Logger('RoomRouters');
  private readonly slots: RouterSlot[] = [];
  private readonly byTransport = new Map<string, RouterSlot>();

  private constructor(
    private readonly sessionId: string,
    private readonly pool: WorkerPool,
    private readonly maxConsumersPerRouter: number,
  ) {}

  static async open(sessionId: string, pool: WorkerPool, maxConsumersPerRouter: number): Promise<RoomRouters> {
    const routers = new RoomRouters(sessionId, pool, maxConsumersPerRouter);
    await routers.add(pool.pick());
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

  /** Where a new viewer's receive transport goes; `producerIds` are piped to a router added for it. */
  async placement(producerIds: Iterable<string>): Promise<RouterSlot> {
    const open = this.slots.find((s) => s.consumerCount < this.maxConsumersPerRouter);
    if (open) return open;
    const used = new Set(this.workerPids);
    const fresh = this.pool.all().find((w) => !used.has(w.pid));
    if (!fresh) return this.slots.reduce((a, b) => (a.consumerCount <= b.consumerCount ? a : b));
    const slot = await this.add(fresh);
    for (const producerId of producerIds) await this.pipe(producerId, slot);
    this.logger.log(`room ${this.sessionId}: fan-out router on worker ${fresh.pid} (${this.slots.length} routers)`);
    return slot;
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
  async pipe(producerId: string, slot: RouterSlot): Promise<void> {
    if (slot === this.origin || slot.producerIds.has(producerId)) return;
    await this.origin.router.pipeToRouter({ producerId, router: slot.router });
    slot.producerIds.add(producerId);
  }

  bind(transport: types.Transport, slot: RouterSlot): void {
    this.byTransport.set(transport.id, slot);
    transport.observer.once('close', () => this.byTransport.delete(transport.id));
  }

  slotOf(transportId: string): RouterSlot | undefined {
    return this.byTransport.get(transportId);
  }

  unbind(transportId: string): void {
    this.byTransport.delete(transportId);
  }

  close(): void {
    for (const slot of this.slots) slot.router.close();
  }

  private async add(worker: ReturnType<WorkerPool['pick']>): Promise<RouterSlot> {
    const router = await worker.worker.createRouter({ mediaCodecs: ROUTER_CODECS });
    const slot = new RouterSlot(router, worker);
    this.slots.push(slot);
    return slot;
  }
}
