import type { types } from 'mediasoup';
import type { PooledWorker } from '../sfu/worker-pool';

/** One of a room's routers: the origin (where producers live) or a fan-out copy on another worker. */
export class RouterSlot {
  /** Producers available on this router (piped in for fan-out slots). */
  readonly producerIds = new Set<string>();
  consumerCount = 0;

  constructor(
    readonly router: types.Router,
    readonly worker: PooledWorker,
  ) {}
}
