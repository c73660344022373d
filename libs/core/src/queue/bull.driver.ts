import { Logger } from '@nestjs/common';
import Bull, { Queue } from 'bull';
import { EnqueueOptions, JobFn, QueueDriver } from './job-queue';

/** Production queue: one Bull queue on Redis, one named processor per job. */
export class BullQueueDriver implements QueueDriver {
  readonly kind = 'bull' as const;
  private readonly logger = new Logger('BullQueue');
  private readonly queue: Queue;

  constructor(redisUrl: string, prefix: string) {
    this.queue = new Bull('jobs', redisUrl, {
      prefix,
      defaultJobOptions: { removeOnComplete: 1000, removeOnFail: 5000, backoff: { type: 'exponential', delay: 500 } },
    });
    this.queue.on('error', (err) => this.logger.error({ err }, 'Bull queue error'));
    this.queue.on('failed', (job, err) =>
      this.logger.warn({ err, job: job.name, jobId: job.id, attempts: job.attemptsMade }, `job ${job.name} failed`),
    );
  }

  async add(name: string, payload: unknown, options: EnqueueOptions): Promise<void> {
    await this.queue.add(name, payload, {
      jobId: options.jobId,
      delay: options.delayMs,
      attempts: options.attempts ?? 3,
    });
  }

  process(name: string, fn: JobFn, concurrency: number): void {
    void this.queue.process(name, concurrency, async (job) => fn(job.data as never));
  }

  async ping(): Promise<void> {
    const client = await this.queue.isReady();
    await client.client.ping();
  }

  async drain(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const counts = await this.queue.getJobCounts();
      if (counts.waiting + counts.active + counts.delayed === 0) return;
      if (Date.now() > deadline) throw new Error('queue did not drain in time');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
