import { Logger } from '@nestjs/common';
import Bull, { Job, Queue } from 'bull';
import Redis from 'ioredis';
import { EnqueueOptions, JobFn, QueueDriver } from './job-queue';
import { DeclaredJob, JobTable, jobTable } from './job-registry';

/**
 * Production queue: one Bull queue per named queue, on Redis under `prefix`. Each queue
 * has one processor (`*`) with the queue's concurrency that dispatches by job name, so
 * a slow queue never holds up another. The queues share one command connection and one
 * subscriber connection (Bull's documented reuse); each has its own blocking connection.
 *
 * Finished jobs are removed (completed, or failed for good after logging), which is what
 * makes a `jobId` usable again (see EnqueueOptions). Repeats are Bull repeatable jobs:
 * every process that runs jobs registers them, and Bull's repeat key and per-tick job id
 * make that one schedule and one run per tick for the whole deployment.
 */
export class BullQueueDriver implements QueueDriver {
  readonly kind = 'bull' as const;
  private readonly logger = new Logger('BullQueue');
  private readonly queues = new Map<string, Queue>();
  private client: Redis | null = null;
  private subscriber: Redis | null = null;
  private readonly blocking: Redis[] = [];
  private handlers: ReadonlyMap<string, JobFn> = new Map();

  constructor(
    private readonly redisUrl: string,
    private readonly prefix: string,
    private readonly table: JobTable = jobTable,
  ) {}

  async add(name: string, payload: unknown, options: EnqueueOptions): Promise<void> {
    const job = this.table.job(name);
    await this.queue(job.queue).add(name, payload, {
      jobId: options.jobId,
      delay: options.delayMs,
      attempts: options.attempts ?? job.attempts,
      backoff: { type: 'exponential', delay: job.backoffMs },
    });
  }

  async consume(handlers: ReadonlyMap<string, JobFn>): Promise<void> {
    this.handlers = handlers;
    const jobs = [...handlers.keys()].map((name) => this.table.job(name));
    for (const queueName of new Set(jobs.map((j) => j.queue))) {
      const queue = this.queue(queueName);
      const { concurrency } = this.table.queue(queueName);
      // Resolves only when the queue closes; a failure to start is Bull's 'error' event, logged above.
      queue
        .process('*', concurrency, (bullJob: Job) => this.dispatch(bullJob))
        .catch((err: unknown) => this.logger.error({ err, queue: queueName }, 'Bull queue stopped processing'));
      await this.scheduleRepeats(
        queue,
        jobs.filter((j) => j.queue === queueName),
      );
    }
  }

  async ping(): Promise<void> {
    await this.commandClient().ping();
  }

  async drain(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      let busy = 0;
      for (const q of this.queues.values()) {
        const counts = await q.getJobCounts();
        // The next run of a repeat always waits in "delayed": it is a schedule, not work.
        const delayed = counts.delayed ? (await q.getDelayed()).filter((j) => !j.opts.repeat).length : 0;
        busy += counts.waiting + counts.active + delayed;
      }
      if (busy === 0) return;
      if (Date.now() > deadline) throw new Error('queue did not drain in time');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
    // Connections made through createClient are ours to close, not Bull's.
    for (const b of this.blocking.splice(0)) b.disconnect();
    const shared = [this.client, this.subscriber].filter((c): c is Redis => c !== null);
    this.client = this.subscriber = null;
    await Promise.all(shared.map((c) => c.quit().catch(() => c.disconnect())));
  }

  private async dispatch(bullJob: Job): Promise<void> {
    const fn = this.handlers.get(bullJob.name);
    if (!fn) throw new Error(`no handler for job ${bullJob.name} in this process`);
    await fn(bullJob.data as never, {
      jobId: bullJob.opts.jobId === undefined ? undefined : String(bullJob.opts.jobId),
      attempt: bullJob.attemptsMade + 1,
    });
  }

  /** Registers this queue's declared repeats and drops repeats no longer declared (or declared differently). */
  private async scheduleRepeats(queue: Queue, jobs: DeclaredJob[]): Promise<void> {
    const declared = new Map(jobs.filter((j) => j.repeat).map((j) => [j.name, j.repeat!.everyMs]));
    for (const r of await queue.getRepeatableJobs()) {
      if (declared.get(r.name) !== r.every) await queue.removeRepeatableByKey(r.key);
    }
    for (const j of jobs) {
      if (!j.repeat) continue;
      await queue.add(j.name, j.repeat.payload, {
        repeat: { every: j.repeat.everyMs },
        attempts: j.attempts,
        backoff: { type: 'exponential', delay: j.backoffMs },
      });
    }
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (queue) return queue;
    this.table.queue(name);
    queue = new Bull(name, {
      prefix: this.prefix,
      createClient: (type) => {
        if (type === 'client') return this.commandClient();
        if (type === 'subscriber') {
          this.subscriber ??= this.open('bull-sub', true);
          return this.subscriber;
        }
        const b = quietWorkerName(this.open(`bull-${name}`, true));
        this.blocking.push(b);
        return b;
      },
      defaultJobOptions: { removeOnComplete: true, removeOnFail: true },
    });
    queue.on('error', (err) => this.logger.error({ err, queue: name }, 'Bull queue error'));
    queue.on('failed', (job, err) => {
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      const fields = { err, queue: name, job: job.name, jobId: job.opts.jobId, attempts: job.attemptsMade };
      if (final) this.logger.error(fields, `job ${job.name} failed for good`);
      else this.logger.warn(fields, `job ${job.name} failed, retrying`);
    });
    this.queues.set(name, queue);
    return queue;
  }

  private commandClient(): Redis {
    this.client ??= this.open('bull', false);
    return this.client;
  }

  /** Bull requires blocking and subscriber connections to retry forever and skip the ready check. */
  private open(role: string, waitForever: boolean): Redis {
    const conn = new Redis(this.redisUrl, {
      enableReadyCheck: false,
      connectionName: `livefair-${role}`,
      ...(waitForever ? { maxRetriesPerRequest: null } : {}),
    });
    conn.on('error', (err) => this.logger.warn({ err }, `redis ${role} connection error`));
    // Every queue adds its own 'error' (and, on the subscriber, 'message'/'pmessage') listener to the
    // command and subscriber connections the queues share.
    conn.setMaxListeners(this.table.allQueues().length + 10);
    return conn;
  }
}

/**
 * Bull's `process()` names the blocking connection (`setWorkerName`: CLIENT SETNAME) and drops the
 * promise. When the queue closes before that command was answered (Bull's close force-disconnects
 * the blocking connection, and we disconnect it after), the command fails with "Connection is
 * closed." as an unhandled rejection, which ends a Node process that closes its queues right after
 * starting them. A connection name is cosmetic: that one failure resolves instead.
 */
function quietWorkerName(conn: Redis): Redis {
  const send = conn.client.bind(conn) as (...args: unknown[]) => Promise<unknown>;
  const client = (...args: unknown[]): Promise<unknown> =>
    send(...args).catch((err: Error) => {
      if (String(args[0]).toLowerCase() === 'setname' && err.message === 'Connection is closed.') return 'OK';
      throw err;
    });
  Object.assign(conn, { client });
  return conn;
}
