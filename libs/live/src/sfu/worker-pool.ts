import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig, HealthRegistry, MetricsService } from '@livefair/core';
import { EventEmitter } from 'node:events';
import type { types } from 'mediasoup';
import { loadMediasoup } from './load-mediasoup';
import { PortBudget } from './port-budget';

export interface PooledWorker {
  index: number;
  worker: types.Worker;
  pid: number;
  /** This worker's share of the RTC port range, and what of it is in use. */
  ports: PortBudget;
}

/**
 * One mediasoup worker per core (configurable). A worker that dies is replaced
 * in the same slot; listeners of `workerdied` rebuild their rooms.
 *
 * Every transport gets its own port from the worker's share of RTC_MIN_PORT..RTC_MAX_PORT, counted
 * in a PortBudget. mediasoup's WebRtcServer (all WebRTC transports of a worker on one UDP and one
 * TCP port) would remove port exhaustion altogether, but not in 3.12.16, the newest release whose
 * worker builds offline here: there it leaks the TCP connection of every transport that closes
 * (fixed upstream in #1389), so anonymous viewers joining and leaving over ICE-TCP would grow a
 * worker's file descriptors and memory without bound, taking the worker and all its rooms down,
 * which no per-peer cap can stop; and closing a WebRtcServer with TCP transports open kills the
 * worker (#1390). Dropping ICE-TCP to dodge both would cut off viewers behind UDP-blocking
 * networks. So: per-peer transport caps, ports kept back for publishers (RTC_RESERVED_PORTS), and a
 * MEDIA_CAPACITY answer when a worker's share is used up. Revisit with a mediasoup >= 3.14.5 worker.
 */
@Injectable()
export class WorkerPool extends EventEmitter implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('WorkerPool');
  private readonly slots: (PooledWorker | null)[] = [];
  private next = 0;
  private closing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly health: HealthRegistry,
    private readonly metrics: MetricsService,
  ) {
    super();
  }

  async onModuleInit(): Promise<void> {
    const count = this.config.mediasoup.workers;
    for (let i = 0; i < count; i++) this.slots.push(await this.spawn(i));
    const { listenIp, announcedIp } = this.config.mediasoup;
    this.logger.log(
      `started ${count} mediasoup workers (pids ${this.slots.map((s) => s?.pid).join(', ')}); media on ${listenIp}, ` +
        `announced to viewers as ${announcedIp ?? listenIp} (behind NAT set RTC_ANNOUNCED_IP to the public address)`,
    );
    const gauge = this.metrics.gauge('livefair_mediasoup_workers_alive', 'Live mediasoup workers in this process');
    this.health.register('mediasoup', async () => {
      const alive = this.slots.filter((s): s is PooledWorker => !!s && !s.worker.closed);
      gauge.set(alive.length);
      await Promise.all(alive.map((s) => s.worker.getResourceUsage()));
      return { up: alive.length === this.slots.length && alive.length > 0, workers: alive.length, expected: this.slots.length };
    });
  }

  /** Round-robin over live workers. */
  pick(): PooledWorker {
    for (let tries = 0; tries < this.slots.length; tries++) {
      const slot = this.slots[this.next++ % this.slots.length];
      if (slot && !slot.worker.closed) return slot;
    }
    throw new Error('no mediasoup worker is alive');
  }

  all(): PooledWorker[] {
    return this.slots.filter((s): s is PooledWorker => !!s && !s.worker.closed);
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    for (const s of this.slots) s?.worker.close();
  }

  private async spawn(index: number): Promise<PooledWorker> {
    const mediasoup = loadMediasoup(this.config.mediasoup.workerBin);
    const { minPort, maxPort } = this.config.mediasoup;
    const span = Math.floor((maxPort - minPort + 1) / Math.max(1, this.config.mediasoup.workers));
    const worker = await mediasoup.createWorker({
      logLevel: 'warn',
      rtcMinPort: minPort + index * span,
      rtcMaxPort: minPort + (index + 1) * span - 1,
    });
    const ports = new PortBudget(span, this.config.liveMedia.reservedPorts);
    ports.watch(worker);
    const pooled: PooledWorker = { index, worker, pid: worker.pid, ports };
    worker.on('died', (err) => void this.replace(pooled, err));
    return pooled;
  }

  private async replace(dead: PooledWorker, err: Error): Promise<void> {
    if (this.closing) return;
    this.logger.error({ err, pid: dead.pid }, `mediasoup worker ${dead.pid} died; replacing it`);
    this.slots[dead.index] = null;
    for (let attempt = 1; !this.closing; attempt++) {
      try {
        const fresh = await this.spawn(dead.index);
        this.slots[dead.index] = fresh;
        this.emit('workerdied', dead, fresh);
        return;
      } catch (spawnErr) {
        this.logger.error({ err: spawnErr, attempt }, 'could not start a replacement mediasoup worker');
        await new Promise((r) => setTimeout(r, Math.min(5000, 200 * attempt)));
      }
    }
  }
}
