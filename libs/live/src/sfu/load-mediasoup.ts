import type * as Mediasoup from 'mediasoup';

let loaded: typeof Mediasoup | null = null;

/**
 * mediasoup reads MEDIASOUP_WORKER_BIN once, when first required; set it from
 * config before that happens (offline-built worker, see infra/mediasoup).
 */
export function loadMediasoup(workerBin: string | null): typeof Mediasoup {
  if (!loaded) {
    if (workerBin && !process.env.MEDIASOUP_WORKER_BIN) process.env.MEDIASOUP_WORKER_BIN = workerBin;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require('mediasoup') as typeof Mediasoup;
  }
  return loaded;
}
