import { Logger } from '@nestjs/common';
import { EnqueueOptions, JobFn, QueueDriver } from './job-queue';

interface PendingJob {
  name: string;
  payload: unknown;
  attemptsLeft: number;
  jobId?: string;
}

/**
 * The embedded default's queue: same handlers, same retry semantics, no Redis.
 * Jobs live in memory, so this is for trying the system out, not for production.
 */
export class InProcessQueueDriver implements QueueDriver {
  readonly kind = 'in-process' as const;
  private readonly logger = new Logger('InProcessQueue');
  private readonly handlers = new Map<string, JobFn>();
  private readonly waiting: PendingJob[] = [];
  private readonly knownIds = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private running = 0;
  private closed = false;
  private idleWaiters: (() => void)[] = [];

  async add(name: string, payload: unknown, options: EnqueueOptions): Promise<void> {
    if (this.closed) throw new Error('queue is closed');
    if (options.jobId) {
      if (this.knownIds.has(options.jobId)) return;
      this.knownIds.add(options.jobId);
    }
    const job: PendingJob = { name, payload, attemptsLeft: options.attempts ?? 3, jobId: options.jobId };
    if (options.delayMs && options.delayMs > 0) {
      this.running++;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.running--;
        this.push(job);
      }, options.delayMs);
      this.timers.add(timer);
      return;
    }
    this.push(job);
  }

  process(name: string, fn: JobFn, _concurrency?: number): void {
    this.handlers.set(name, fn);
    this.pump();
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('queue is closed');
  }

  drain(timeoutMs: number): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('queue did not drain in time')), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private push(job: PendingJob): void {
    this.waiting.push(job);
    setImmediate(() => this.pump());
  }

  private isIdle(): boolean {
    return this.running === 0 && !this.waiting.some((j) => this.handlers.has(j.name));
  }

  private pump(): void {
    for (let i = 0; i < this.waiting.length; ) {
      const job = this.waiting[i];
      const handler = this.handlers.get(job.name);
      if (!handler || this.closed) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      void this.run(job, handler);
    }
  }

  private async run(job: PendingJob, handler: JobFn): Promise<void> {
    this.running++;
    try {
      await handler(job.payload as never);
      if (job.jobId) this.knownIds.delete(job.jobId);
    } catch (err) {
      job.attemptsLeft--;
      if (job.attemptsLeft > 0 && !this.closed) {
        this.logger.warn({ err, job: job.name }, `job ${job.name} failed, retrying`);
        this.push(job);
      } else {
        this.logger.error({ err, job: job.name }, `job ${job.name} failed for good`);
        if (job.jobId) this.knownIds.delete(job.jobId);
      }
    } finally {
      this.running--;
      if (this.isIdle()) {
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        waiters.forEach((w) => w());
      }
    }
  }
}
