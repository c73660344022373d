import { BullQueueDriver, InProcessQueueDriver, job, JobFn, JobRun, JobTable, QueueDriver } from '@livefair/core';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { dropRedisPrefix } from './support/redis-cleanup';
import { TEST_REDIS_URL } from './support/services';

/**
 * The same scenarios against Bull on the real Redis and the in-process driver: both obey
 * one de-duplication rule (EnqueueOptions), run delayed and repeating jobs, retry with
 * backoff, and keep named queues apart.
 */

interface Payload {
  n: number;
}

const TICK_MS = 300;

function testTable(): JobTable {
  const t = new JobTable();
  t.define('test', {
    queues: { fast: { concurrency: 1 }, slow: { concurrency: 1 } },
    jobs: {
      'test.work': job<Payload>({ queue: 'fast' }),
      'test.block': job<Payload>({ queue: 'slow' }),
      'test.fail': job<Payload>({ queue: 'fast', attempts: 2, backoffMs: 300 }),
      'test.tick': job<Payload>({ queue: 'fast', repeat: { everyMs: TICK_MS, payload: { n: 0 } } }),
    },
  });
  return t;
}

/** A promise the test resolves when it chooses: holds a job "running". */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

async function until(what: string, check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface Seen {
  name: string;
  n: number;
  run: JobRun;
}

type Gate = ReturnType<typeof gate>;

/**
 * Handlers that record each run. `test.block` waits for the next of `blocks`; `test.fail`
 * always throws, on its second attempt only once `retryGate` (if given) opens.
 */
function recorder(blocks: Gate[] = [], retryGate?: Gate) {
  const seen: Seen[] = [];
  const record = (name: string) => async (p: Payload, run: JobRun) => void seen.push({ name, n: p.n, run });
  const handlers = new Map<string, JobFn>([
    ['test.work', record('test.work') as JobFn],
    [
      'test.block',
      (async (p: Payload, run: JobRun) => {
        const g = blocks.shift();
        seen.push({ name: 'test.block', n: p.n, run });
        await g?.opened;
      }) as JobFn,
    ],
    [
      'test.fail',
      (async (p: Payload, run: JobRun) => {
        seen.push({ name: 'test.fail', n: p.n, run });
        if (run.attempt === 2) await retryGate?.opened;
        throw new Error(`planned failure ${run.attempt}`);
      }) as JobFn,
    ],
  ]);
  return { seen, handlers, of: (name: string) => seen.filter((s) => s.name === name) };
}

type Kind = 'in-process' | 'bull';

class Drivers {
  readonly prefix = `lft-q-${randomBytes(4).toString('hex')}`;
  private readonly made: QueueDriver[] = [];
  constructor(private readonly kind: Kind) {}

  make(table = testTable()): QueueDriver {
    const d = this.kind === 'bull' ? new BullQueueDriver(TEST_REDIS_URL, this.prefix, table) : new InProcessQueueDriver(table);
    this.made.push(d);
    return d;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.made.map((d) => d.close()));
    if (this.kind === 'bull') await dropRedisPrefix(this.prefix);
  }
}

describe.each<Kind>(['in-process', 'bull'])('%s queue driver', (kind) => {
  let drivers: Drivers;
  beforeEach(() => {
    drivers = new Drivers(kind);
  });
  afterEach(() => drivers.closeAll());

  it('runs jobs added before it consumes, and drops a duplicate id while the first waits', async () => {
    const q = drivers.make();
    const r = recorder();
    await q.add('test.work', { n: 1 }, { jobId: 'same' });
    await q.add('test.work', { n: 2 }, { jobId: 'same' });
    await q.add('test.work', { n: 3 }, {});
    await q.consume(r.handlers);
    await q.drain(10_000);
    expect(
      r
        .of('test.work')
        .map((s) => s.n)
        .sort(),
    ).toEqual([1, 3]);
    expect(r.of('test.work').find((s) => s.n === 1)?.run).toEqual({ jobId: 'same', attempt: 1 });
  });

  it('runs a delayed job after its delay, and drops a duplicate id while it is delayed', async () => {
    const q = drivers.make();
    const r = recorder();
    await q.consume(r.handlers);
    const added = Date.now();
    await q.add('test.work', { n: 1 }, { jobId: 'later', delayMs: 500 });
    await q.add('test.work', { n: 2 }, { jobId: 'later' });
    await q.drain(10_000);
    const ran = Date.now();
    expect(r.of('test.work').map((s) => s.n)).toEqual([1]);
    // Timers and Date.now() may disagree by a millisecond or two.
    expect(ran - added).toBeGreaterThanOrEqual(490);
  });

  it('drops a duplicate id while the first runs, and takes the id again once it has completed', async () => {
    const q = drivers.make();
    const g = gate();
    const r = recorder([g]);
    await q.consume(r.handlers);
    await q.add('test.block', { n: 1 }, { jobId: 'once' });
    await until('the first run', () => r.of('test.block').length === 1);
    await q.add('test.block', { n: 2 }, { jobId: 'once' });
    g.open();
    await q.drain(10_000);
    expect(r.of('test.block').map((s) => s.n)).toEqual([1]);
    await q.add('test.block', { n: 3 }, { jobId: 'once' });
    await q.drain(10_000);
    expect(r.of('test.block').map((s) => s.n)).toEqual([1, 3]);
  });

  it('retries with backoff up to its attempts, drops a duplicate meanwhile, and takes the id again after the final failure', async () => {
    const q = drivers.make();
    const retry = gate();
    const r = recorder([], retry);
    await q.consume(r.handlers);
    await q.add('test.fail', { n: 1 }, { jobId: 'doomed' });
    await until('the first attempt', () => r.of('test.fail').length === 1);
    // Waiting for its retry (backoffMs 300), or in it (held by the gate): still the same job.
    await q.add('test.fail', { n: 2 }, { jobId: 'doomed' });
    retry.open();
    await q.drain(10_000);
    expect(r.of('test.fail').map((s) => [s.n, s.run.attempt])).toEqual([
      [1, 1],
      [1, 2],
    ]);
    await q.add('test.fail', { n: 3 }, { jobId: 'doomed', attempts: 1 });
    await q.drain(10_000);
    expect(r.of('test.fail').map((s) => [s.n, s.run.attempt])).toEqual([
      [1, 1],
      [1, 2],
      [3, 1],
    ]);
  });

  it('keeps named queues apart: a blocked queue holds its own jobs, not another queue', async () => {
    const q = drivers.make();
    const first = gate();
    const second = gate();
    const r = recorder([first, second]);
    await q.consume(r.handlers);
    await q.add('test.block', { n: 1 }, {});
    await until('the slow job to start', () => r.of('test.block').length === 1);
    await q.add('test.block', { n: 2 }, {});
    await q.add('test.work', { n: 1 }, {});
    await until('the job on the other queue', () => r.of('test.work').length === 1);
    // The slow queue (concurrency 1) still holds its second job behind the first.
    expect(r.of('test.block').map((s) => s.n)).toEqual([1]);
    first.open();
    await until('the second slow job', () => r.of('test.block').length === 2);
    second.open();
    await q.drain(10_000);
  });

  it('runs a declared repeat again and again, each run with its own id', async () => {
    const q = drivers.make();
    const r = recorder();
    const handlers = new Map(r.handlers).set(
      'test.tick',
      (async (p: Payload, run: JobRun) => void r.seen.push({ name: 'test.tick', n: p.n, run })) as JobFn,
    );
    await q.consume(handlers);
    await until('three runs', () => r.of('test.tick').length >= 3);
    const ids = r.of('test.tick').map((s) => s.run.jobId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^repeat:.*:\d+$/);
    // A repeat is a schedule, not pending work: drain does not wait for the next run.
    await q.drain(10_000);
  });

  it('refuses a job nobody declared', async () => {
    await expect(drivers.make().add('test.nope', {}, {})).rejects.toThrow('job "test.nope" is not declared');
  });
});

describe('bull queue driver across processes', () => {
  let drivers: Drivers;
  beforeEach(() => {
    drivers = new Drivers('bull');
  });
  afterEach(() => drivers.closeAll());

  it('runs a repeat once per tick however many processes schedule it', async () => {
    const runs: { process: number; jobId?: string }[] = [];
    for (const process of [1, 2]) {
      const q = drivers.make();
      const tick: JobFn = (async (_p: Payload, run: JobRun) => void runs.push({ process, jobId: run.jobId })) as JobFn;
      await q.consume(new Map([['test.tick', tick]]));
    }
    await until('four runs', () => runs.length >= 4);
    const ids = runs.map((r) => r.jobId);
    expect(new Set(ids).size).toBe(ids.length);
    const redis = new Redis(TEST_REDIS_URL);
    try {
      expect(await redis.zcard(`${drivers.prefix}:fast:repeat`)).toBe(1);
    } finally {
      redis.disconnect();
    }
  });

  it('closes right after it starts consuming without a stray rejection, many times over', async () => {
    // Bull names its blocking connection (CLIENT SETNAME) without waiting on the answer: a close that
    // came first made that command reject unhandled (about 1 start-and-close in 20 on Redis).
    const rejections: unknown[] = [];
    const onRejection = (err: unknown) => void rejections.push(err);
    process.on('unhandledRejection', onRejection);
    try {
      for (let i = 0; i < 80; i++) {
        const d = drivers.make();
        await d.consume(new Map([['test.tick', (async () => undefined) as JobFn]]));
        await d.close();
      }
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    expect(rejections).toEqual([]);
  });

  it('shares its connections among a dozen queues within their listener limit (no leak warning)', async () => {
    const table = new JobTable();
    const names = Array.from({ length: 12 }, (_, i) => `q${i}`);
    table.define('test', {
      queues: Object.fromEntries(names.map((q) => [q, { concurrency: 1 }])),
      jobs: Object.fromEntries(names.map((q) => [`test.${q}`, job<Payload>({ queue: q })])),
    });
    const d = drivers.make(table);
    await d.consume(new Map(names.map((q) => [`test.${q}`, (async () => undefined) as JobFn])));
    await d.add('test.q11', { n: 1 }, {});
    await d.drain(10_000);
    // Node warns (MaxListenersExceededWarning) when an emitter passes its limit; every queue adds its
    // listeners to the shared command and subscriber connections. Jest's process does not see the warning.
    const shared = d as unknown as { client: Redis; subscriber: Redis };
    const over = [shared.client, shared.subscriber].flatMap((conn) =>
      conn
        .eventNames()
        .filter((e) => conn.listenerCount(e) > conn.getMaxListeners())
        .map((e) => `${String(e)}: ${conn.listenerCount(e)} > ${conn.getMaxListeners()}`),
    );
    expect(over).toEqual([]);
  });

  it('replaces a repeat whose interval changed in the declarations', async () => {
    const tick: JobFn = (async () => undefined) as JobFn;
    const before = drivers.make();
    await before.consume(new Map([['test.tick', tick]]));
    await before.close();
    const table = new JobTable();
    table.define('test', {
      queues: { fast: { concurrency: 1 } },
      jobs: { 'test.tick': job<Payload>({ queue: 'fast', repeat: { everyMs: 5 * TICK_MS, payload: { n: 0 } } }) },
    });
    await drivers.make(table).consume(new Map([['test.tick', tick]]));
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const keys = await redis.zrange(`${drivers.prefix}:fast:repeat`, 0, -1);
      expect(keys).toEqual([expect.stringMatching(new RegExp(`^test\\.tick:.*:${5 * TICK_MS}$`))]);
    } finally {
      redis.disconnect();
    }
  });
});
