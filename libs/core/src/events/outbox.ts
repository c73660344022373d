import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, LessThan, Repository } from 'typeorm';
import { QUEUE_DRIVER, QueueDriver } from '../queue/job-queue';
import { JobName, JobPayloads, jobTable } from '../queue/job-registry';
import { TransactionalConnection } from '../transaction/transactional-connection';
import { OutboxEntry } from './outbox-entry.entity';

export interface OutboxEnqueueOptions {
  /** De-duplicates as in `JobQueue.enqueue`; default `outbox:<row id>`. */
  jobId?: string;
  /** Counted from the enqueue, not from the relay. */
  delayMs?: number;
}

/** How often every process sweeps rows a crashed or disconnected process left behind. */
export const OUTBOX_SWEEP_EVERY_MS = 30_000;
/** Rows younger than this are being relayed by the process that wrote them. */
export const OUTBOX_SWEEP_MIN_AGE_MS = 10_000;
const SWEEP_BATCH = 100;

/**
 * Moves committed outbox rows to the queue: right after the writing transaction commits,
 * at start (every row) and every OUTBOX_SWEEP_EVERY_MS (rows older than
 * OUTBOX_SWEEP_MIN_AGE_MS), so a crash between commit and enqueue loses nothing. A row is
 * deleted once its job is enqueued. Delivery is at least once: a relay that dies after
 * enqueueing and before deleting leaves the row to be enqueued again, which the job id
 * de-duplicates while the first job is pending; handlers should be idempotent.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectRepository(OutboxEntry) private readonly rows: Repository<OutboxEntry>,
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep(0).catch((err: unknown) => this.logger.error({ err }, 'outbox sweep at start failed'));
    this.timer = setInterval(() => {
      this.sweep(OUTBOX_SWEEP_MIN_AGE_MS).catch((err: unknown) => this.logger.warn({ err }, 'outbox sweep failed'));
    }, OUTBOX_SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Enqueues these committed rows and deletes those enqueued; a failure leaves the row for a sweep. */
  async relay(entries: OutboxEntry[]): Promise<number> {
    const done: string[] = [];
    for (const e of entries) {
      try {
        const delayMs = e.delayMs ? Math.max(0, e.delayMs - (Date.now() - e.createdAt.getTime())) : undefined;
        await this.driver.add(e.jobName, JSON.parse(e.payload) as unknown, { jobId: e.jobId, delayMs });
        done.push(e.id);
      } catch (err) {
        this.logger.warn({ err, job: e.jobName, jobId: e.jobId }, 'outbox row not relayed; a sweep will retry it');
      }
    }
    if (done.length) await this.rows.delete({ id: In(done) });
    return done.length;
  }

  /** Relays rows older than `minAgeMs`, oldest first; returns how many were enqueued. */
  async sweep(minAgeMs: number): Promise<number> {
    let total = 0;
    // Fixed for the whole sweep: rows written meanwhile are their writer's to relay.
    const cutoff = new Date(Date.now() - minAgeMs + 1);
    for (;;) {
      const batch = await this.rows.find({
        where: { createdAt: LessThan(cutoff) },
        order: { createdAt: 'ASC' },
        take: SWEEP_BATCH,
      });
      if (batch.length === 0) return total;
      const relayed = await this.relay(batch);
      total += relayed;
      if (relayed < batch.length) return total;
    }
  }
}

/** Jobs written atomically with the current transaction's rows, for work in another process. */
@Injectable()
export class Outbox {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * Writes the job into the outbox in the current transaction (or a transaction of its
   * own); it is enqueued after the commit, and never if the transaction rolls back.
   */
  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: OutboxEnqueueOptions = {}): Promise<void> {
    jobTable.job(name);
    const id = randomUUID();
    const entry = Object.assign(new OutboxEntry(), {
      id,
      jobName: name,
      payload: JSON.stringify(payload),
      jobId: options.jobId ?? `outbox:${id}`,
      delayMs: options.delayMs ?? null,
      createdAt: new Date(),
    });
    await this.tx.run(async () => {
      await this.tx.getRepository(OutboxEntry).insert(entry);
      this.tx.afterCommit(async () => void (await this.relay.relay([entry])));
    });
  }
}
