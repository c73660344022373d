/**
 * The job catalogue's mechanism. Core lists no jobs: each bounded context declares its
 * queues and jobs (name, payload type, queue, retries, repeat) in its lib, in one file:
 *
 *   export const accountsJobs = defineJobs('accounts', {
 *     queues: { notifications: { concurrency: 4 } },
 *     jobs: { 'notify.user': job<NotifyUserPayload>({ queue: 'notifications' }) },
 *   });
 *   type AccountsJobs = JobPayloadsOf<typeof accountsJobs>;
 *   declare module '@livefair/core' {
 *     interface JobPayloads extends AccountsJobs {}
 *   }
 *
 * The call registers the declarations at run time (a job or queue name declared by two
 * contexts stops the process as it loads); the declaration merge types `JobQueue.enqueue`
 * and `@JobHandler`. A process that runs jobs refuses to start unless every declared job
 * has exactly one handler. Payloads carry ids, not rows.
 */

/** Job name -> payload type of every declared job. Contexts extend it by declaration merging. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface JobPayloads {}

export type JobName = keyof JobPayloads & string;

export interface QueueDeclaration {
  /** Jobs of this queue running at once in one process. */
  concurrency: number;
}

export interface JobRepeat<P> {
  /** Run every this many milliseconds, once per deployment however many processes run jobs. */
  everyMs: number;
  /** The payload every run gets. */
  payload: P;
}

export interface JobDeclaration<P = unknown> {
  /** The named queue the job waits in; jobs on other queues never wait behind it. */
  queue: string;
  /** Tries before the job fails for good (default 3). */
  attempts?: number;
  /** Delay before the first retry, doubled for each further one (default 500 ms). */
  backoffMs?: number;
  /** Declared repeat: the job runs on its own, every `everyMs`. */
  repeat?: JobRepeat<P>;
  /** Type only, never set: carries the payload type from `job<P>()` to `JobPayloadsOf`. */
  readonly payloadType?: P;
}

/** Declares one job with its payload type: `job<{ userId: string }>({ queue: 'notifications' })`. */
export function job<P>(declaration: Omit<JobDeclaration<P>, 'payloadType'>): JobDeclaration<P> {
  return declaration;
}

export interface JobsDefinition {
  queues?: Record<string, QueueDeclaration>;
  jobs: Record<string, JobDeclaration<unknown>>;
}

type PayloadOf<D> = D extends JobDeclaration<infer P> ? P : never;

/** Name -> payload of a context's `defineJobs` result, for the `JobPayloads` merge. */
export type JobPayloadsOf<D extends JobsDefinition> = { [K in keyof D['jobs']]: PayloadOf<D['jobs'][K]> };

export interface DeclaredJob {
  name: string;
  context: string;
  queue: string;
  attempts: number;
  backoffMs: number;
  repeat?: JobRepeat<unknown>;
}

export interface DeclaredQueue extends QueueDeclaration {
  name: string;
  context: string;
}

const NAME_FORMAT = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;

/** Declared queues and jobs. The process has one (`jobTable`); tests make their own. */
export class JobTable {
  private readonly queues = new Map<string, DeclaredQueue>();
  private readonly jobs = new Map<string, DeclaredJob>();

  define<const D extends JobsDefinition>(context: string, definition: D): D {
    for (const [name, q] of Object.entries(definition.queues ?? {})) {
      if (!NAME_FORMAT.test(name))
        throw new Error(`queue name "${name}" of ${context} must be lower-case words joined by "-" or "."`);
      if (!Number.isInteger(q.concurrency) || q.concurrency < 1)
        throw new Error(`queue ${name} of ${context}: concurrency must be a positive integer`);
      const known = this.queues.get(name);
      if (known && known.context !== context)
        throw new Error(`queue ${name} is declared twice: by ${known.context} and by ${context}`);
      this.queues.set(name, { name, context, concurrency: q.concurrency });
    }
    for (const [name, j] of Object.entries(definition.jobs)) {
      if (!NAME_FORMAT.test(name))
        throw new Error(`job name "${name}" of ${context} must be lower-case words joined by "-" or "."`);
      const known = this.jobs.get(name);
      if (known && known.context !== context)
        throw new Error(`job ${name} is declared twice: by ${known.context} and by ${context}`);
      if (j.repeat && !(Number.isInteger(j.repeat.everyMs) && j.repeat.everyMs > 0)) {
        throw new Error(`job ${name} of ${context}: repeat.everyMs must be a positive integer`);
      }
      this.jobs.set(name, {
        name,
        context,
        queue: j.queue,
        attempts: j.attempts ?? 3,
        backoffMs: j.backoffMs ?? 500,
        repeat: j.repeat,
      });
    }
    return definition;
  }

  job(name: string): DeclaredJob {
    const j = this.jobs.get(name);
    if (!j) throw new Error(`job "${name}" is not declared (is its context's lib loaded?)`);
    return j;
  }

  queue(name: string): DeclaredQueue {
    const q = this.queues.get(name);
    if (!q) throw new Error(`queue "${name}" is not declared`);
    return q;
  }

  jobNames(): string[] {
    return [...this.jobs.keys()].sort();
  }

  allJobs(): DeclaredJob[] {
    return [...this.jobs.values()];
  }

  allQueues(): DeclaredQueue[] {
    return [...this.queues.values()];
  }

  /** Every job's queue is declared; run where jobs start (the queue of a job is looked up then). */
  check(): void {
    const problems = this.allJobs()
      .filter((j) => !this.queues.has(j.queue))
      .map((j) => `job ${j.name} (${j.context}) is on undeclared queue "${j.queue}"`);
    if (problems.length) throw new Error(`Job declarations are not consistent: ${problems.join('; ')}`);
  }
}

/** The process's one table, filled by each context's `defineJobs` as its lib loads. */
export const jobTable = new JobTable();

/** Declares a context's queues and jobs; call once per context, at module level. */
export function defineJobs<const D extends JobsDefinition>(context: string, definition: D): D {
  return jobTable.define(context, definition);
}
