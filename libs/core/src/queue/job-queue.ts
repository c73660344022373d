/**
 * Options of one enqueue.
 *
 * The de-duplication rule, the same in both drivers: a job whose `jobId` is waiting,
 * delayed, running or waiting to be retried is not added again (the second `enqueue`
 * resolves and does nothing); once that job has completed, or failed for good, the id
 * can be used again. Bull would keep finished jobs and refuse their ids forever, so the
 * Bull driver removes a job when it completes or fails for good (failures are logged).
 */
export interface EnqueueOptions {
  jobId?: string;
  /** Run no sooner than this many milliseconds from now. */
  delayMs?: number;
  /** Tries before failing for good; overrides the job's declaration. */
  attempts?: number;
}

/** What a handler learns about the run besides its payload. */
export interface JobRun {
  /** The `jobId` it was enqueued with (repeat runs get `repeat:...:<scheduled ms>`), if any. */
  jobId?: string;
  /** 1 on the first try, 2 on the first retry, ... */
  attempt: number;
}

/** A job's handler as the drivers see it; `JobQueue` and `@JobHandler` add the payload types. */
export type JobFn = (payload: never, run: JobRun) => Promise<void>;

/**
 * A queue driver: Bull on Redis in production, in-process in the embedded default. Names
 * are plain strings here; the driver's job table says which named queue a job waits in,
 * its retries and repeat. Each named queue has its own concurrency, so jobs on one never
 * wait behind another's.
 */
export interface QueueDriver {
  readonly kind: 'bull' | 'in-process';
  add(name: string, payload: unknown, options: EnqueueOptions): Promise<void>;
  /**
   * Starts consuming, in processes that run jobs: one call with every handler. Consumes
   * the queues those jobs are on and schedules the declared repeats (once per deployment).
   */
  consume(handlers: ReadonlyMap<string, JobFn>): Promise<void>;
  ping(): Promise<void>;
  /** Resolves when no job is waiting, delayed or running; repeat schedules aside (tests, shutdown). */
  drain(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export const QUEUE_DRIVER = Symbol('QUEUE_DRIVER');

/** Bull's exponential backoff, which the in-process driver copies: base, 3x base, 7x base, ... */
export function retryDelayMs(backoffMs: number, failedAttempts: number): number {
  return Math.round((2 ** failedAttempts - 1) * backoffMs);
}

/** The first repeat boundary after `fromMs` (Bull aligns `every` repeats to multiples of it). */
export function nextRepeatMs(everyMs: number, fromMs: number): number {
  return Math.floor(fromMs / everyMs) * everyMs + everyMs;
}
