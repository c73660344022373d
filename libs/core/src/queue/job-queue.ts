import { JobName, JobPayloads } from './job-names';

export interface EnqueueOptions {
  /** De-duplicates: a second job with the same id is dropped while the first is known. */
  jobId?: string;
  delayMs?: number;
  attempts?: number;
}

export type JobFn<N extends JobName = JobName> = (payload: JobPayloads[N]) => Promise<void>;

/** A queue driver: Bull on Redis in production, in-process in the embedded default. */
export interface QueueDriver {
  readonly kind: 'bull' | 'in-process';
  add<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions): Promise<void>;
  /** Starts consuming `name` with `fn`. Called once per job name, only in processes that run jobs. */
  process<N extends JobName>(name: N, fn: JobFn<N>, concurrency: number): void;
  ping(): Promise<void>;
  /** Resolves when no job is waiting or running (tests, graceful shutdown). */
  drain(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export const QUEUE_DRIVER = Symbol('QUEUE_DRIVER');
