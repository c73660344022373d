import { Logger } from '@nestjs/common';
import { EnqueueOptions, JobFn, nextRepeatMs, QueueDriver, retryDelayMs } from './job-queue';
import { DeclaredJob, JobTable, jobTable } from './job-registry';

interface PendingJob {
  job: DeclaredJob;
  payload: unknown;
  jobId?: string;
  attempts: number;
  /** Tries made so far. */
  attemptsMade: number;
  /** Set on repeat runs: when this run was due. */
  repeatAt?: number;
}

/** One named queue: its own waiting line and concurrency. */
interface Lane {
  concurrency: number;
  running: number;
  waiting: PendingJob[];
}

/**
 * The embedded default's queue: the same declarations, lanes, de-duplication, delays,
 * retries (Bull's backoff) and repeats as the Bull driver, in memory and without Redis.
 * Jobs waiting in memory are lost if the process dies, so this is for trying the system
 * out, not for production. One process, so a repeat runs once per tick by construction.
 */
export class InProcessQueueDriver implements QueueDriver {
  readonly kind = 'in-process' as const;
  private readonly logger = new Logger('InProcessQueue');
  private readonly lanes = new Map<string, Lane>();
  private handlers: ReadonlyMap<string, JobFn> = new Map();
  /** Ids of jobs waiting, delayed, running or waiting for a retry: the de-duplication rule. */
  private readonly knownIds = new Set<string>();
  /** Delays and retry backoffs under way (repeat schedules are not counted: they never end). */
  private readonly timers = new Map<NodeJS.Timeout, { repeat: boolean }>();
  private consuming = false;
  private closed = false;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly table: JobTable = jobTable) {}

  async add(name: string, payload: unknown, options: EnqueueOptions): Promise<void> {
    if (this.closed) throw new Error('queue is closed');
    const job = this.table.job(name);
    this.lane(job.queue);
    if (options.jobId !== undefined) {
      if (this.knownIds.has(options.jobId)) return;
      this.knownIds.add(options.jobId);
    }
    const pending: PendingJob = {
      job,
      payload,
      jobId: options.jobId,
      attempts: options.attempts ?? job.attempts,
      attemptsMade: 0,
    };
    this.schedule(pending, options.delayMs ?? 0, false);
  }

  async consume(handlers: ReadonlyMap<string, JobFn>): Promise<void> {
    this.handlers = handlers;
    this.consuming = true;
    for (const name of handlers.keys()) {
      const job = this.table.job(name);
      this.lane(job.queue);
      if (job.repeat) this.scheduleRepeat(job, Date.now());
    }
    for (const queue of this.lanes.keys()) this.pump(queue);
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
    for (const t of this.timers.keys()) clearTimeout(t);
    this.timers.clear();
    this.settleIfIdle();
  }

  private lane(queue: string): Lane {
    let lane = this.lanes.get(queue);
    if (!lane) {
      lane = { concurrency: this.table.queue(queue).concurrency, running: 0, waiting: [] };
      this.lanes.set(queue, lane);
    }
    return lane;
  }

  /** Into its lane now, or after `delayMs`. */
  private schedule(pending: PendingJob, delayMs: number, repeat: boolean): void {
    if (delayMs <= 0) {
      this.lane(pending.job.queue).waiting.push(pending);
      setImmediate(() => this.pump(pending.job.queue));
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) this.schedule(pending, 0, repeat);
    }, delayMs);
    this.timers.set(timer, { repeat });
  }

  /** Like Bull: the next run is created when the current one starts, so at most one waits. */
  private scheduleRepeat(job: DeclaredJob, fromMs: number): void {
    if (!job.repeat || this.closed) return;
    const at = nextRepeatMs(job.repeat.everyMs, fromMs);
    const jobId = `repeat:${job.name}:${at}`;
    if (this.knownIds.has(jobId)) return;
    this.knownIds.add(jobId);
    const pending: PendingJob = {
      job,
      payload: job.repeat.payload,
      jobId,
      attempts: job.attempts,
      attemptsMade: 0,
      repeatAt: at,
    };
    this.schedule(pending, at - Date.now(), true);
  }

  private pump(queue: string): void {
    const lane = this.lanes.get(queue);
    if (!lane || !this.consuming || this.closed) return;
    while (lane.running < lane.concurrency && lane.waiting.length > 0) {
      const pending = lane.waiting.shift()!;
      const handler = this.handlers.get(pending.job.name);
      if (!handler) {
        this.finish(pending, new Error(`no handler for job ${pending.job.name} in this process`));
        continue;
      }
      void this.run(lane, pending, handler);
    }
  }

  private async run(lane: Lane, pending: PendingJob, handler: JobFn): Promise<void> {
    lane.running++;
    pending.attemptsMade++;
    if (pending.repeatAt !== undefined && pending.attemptsMade === 1)
      this.scheduleRepeat(pending.job, Math.max(pending.repeatAt, Date.now()));
    try {
      await handler(pending.payload as never, { jobId: pending.jobId, attempt: pending.attemptsMade });
      this.finish(pending, null);
    } catch (err) {
      if (pending.attemptsMade < pending.attempts && !this.closed) {
        this.logger.warn({ err, job: pending.job.name, jobId: pending.jobId }, `job ${pending.job.name} failed, retrying`);
        this.schedule(pending, retryDelayMs(pending.job.backoffMs, pending.attemptsMade), false);
      } else {
        this.finish(pending, err);
      }
    } finally {
      lane.running--;
      this.pump(pending.job.queue);
      this.settleIfIdle();
    }
  }

  /** Completed or failed for good: the id may be used again. */
  private finish(pending: PendingJob, err: unknown): void {
    if (pending.jobId !== undefined) this.knownIds.delete(pending.jobId);
    if (err) this.logger.error({ err, job: pending.job.name, jobId: pending.jobId }, `job ${pending.job.name} failed for good`);
  }

  private isIdle(): boolean {
    for (const lane of this.lanes.values()) {
      if (lane.running > 0) return false;
      if (this.consuming && !this.closed && lane.waiting.length > 0) return false;
    }
    for (const t of this.timers.values()) if (!t.repeat) return false;
    return true;
  }

  private settleIfIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((w) => w());
  }
}
