export interface EnqueueOptions {
  /** De-duplicates: a second job with the same id is dropped while the first is known. */
  jobId?: string;
  delayMs?: number;
  attempts?: number;
}

/** A job's handler as the drivers see it; `JobQueue` and `@JobHandler` add the payload types. */
export type JobFn = (payload: never) => Promise<void>;

/**
 * A queue driver: Bull on Redis in production, in-process in the embedded default.
 * Names are plain strings here; the job table says which queue a name belongs to.
 */
export interface QueueDriver {
  readonly kind: 'bull' | 'in-process';
  add(name: string, payload: unknown, options: EnqueueOptions): Promise<void>;
  /** Starts consuming `name` with `fn`. Called once per job name, only in processes that run jobs. */
  process(name: string, fn: JobFn, concurrency: number): void;
  ping(): Promise<void>;
  /** Resolves when no job is waiting or running (tests, graceful shutdown). */
  drain(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export const QUEUE_DRIVER = Symbol('QUEUE_DRIVER');
