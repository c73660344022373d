import { INestApplicationContext, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccountsModule } from '@livefair/accounts';
import {
  AppConfig,
  CoreModule,
  DomainEvents,
  EventBus,
  JobQueue,
  loadConfig,
  Outbox,
  OutboxEntry,
  QUEUE_DRIVER,
  QueueDriver,
  TransactionalConnection,
} from '@livefair/core';
import { EnterpriseService } from '@livefair/expo';
import { LiveSessionsModule } from '@livefair/live';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dropRedisPrefix } from './support/redis-cleanup';
import { productionTestConfig } from './support/test-config';
import { createTestDatabase, TestDatabase } from './support/test-database';

/**
 * The transaction helper, after-commit events and the outbox, on MariaDB + Bull and on
 * the embedded engine + in-process queue.
 */

type Event = DomainEvents['live.session-status-changed'];
const event = (sessionId: string): Event => ({ sessionId, boothId: 'b1', status: 'live', boothLiveStatus: 'live' });

/**
 * A job-running process hosting accounts (and so expo) and live's sessions: loading expo's barrel
 * declares live's jobs too (the expo console schedules live sessions), and a job-running process
 * must have a handler for every job it declares.
 */
async function boot(config: AppConfig): Promise<INestApplicationContext> {
  @Module({ imports: [CoreModule.forRoot(config, { runJobs: true }), AccountsModule, LiveSessionsModule] })
  class Root {}
  return NestFactory.createApplicationContext(Root, { logger: ['error'] });
}

const nextTurn = () => new Promise((r) => setImmediate(r));

interface Engine {
  config: AppConfig;
  cleanup(): Promise<void>;
}

const engines: [string, () => Promise<Engine>][] = [
  [
    'MariaDB + Bull',
    async () => {
      const db: TestDatabase = await createTestDatabase('tx');
      const config = productionTestConfig(db.url);
      return { config, cleanup: async () => (await db.drop(), await dropRedisPrefix(config.queue.prefix)) };
    },
  ],
  [
    'embedded engine + in-process queue',
    async () => {
      const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-tx-')), LOG_LEVEL: 'warn', MEDIASOUP_WORKERS: '1' });
      return { config, cleanup: async () => undefined };
    },
  ],
];

describe.each(engines)('transactions and events on %s', (_engine, makeEngine) => {
  let engine: Engine;
  let app: INestApplicationContext;
  let tx: TransactionalConnection;
  let bus: EventBus;
  let outbox: Outbox;
  let enterprises: EnterpriseService;
  let ds: DataSource;

  beforeAll(async () => {
    engine = await makeEngine();
    app = await boot(engine.config);
    tx = app.get(TransactionalConnection);
    bus = app.get(EventBus);
    outbox = app.get(Outbox);
    enterprises = app.get(EnterpriseService);
    ds = app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    await engine?.cleanup();
  });

  const enterpriseNamed = async (name: string): Promise<{ id: string } | null> =>
    ((await ds.query('SELECT id FROM enterprises WHERE name = ?', [name])) as { id: string }[])[0] ?? null;
  const notificationsOf = (userId: string) => ds.query('SELECT title FROM notifications WHERE userId = ?', [userId]);
  const outboxRows = () => ds.getRepository(OutboxEntry).count();

  it('never delivers an event published in a transaction that rolls back', async () => {
    const seen: string[] = [];
    const off = bus.subscribe('live.session-status-changed', (e) => void seen.push(e.sessionId));
    try {
      await expect(
        tx.run(async () => {
          await enterprises.create({ name: '回滚的工厂' });
          bus.publish('live.session-status-changed', event('rolled-back'));
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      await nextTurn();
      await nextTurn();
      expect(seen).toEqual([]);
      expect(await enterpriseNamed('回滚的工厂')).toBeNull();
    } finally {
      off();
    }
  });

  it('delivers an event after its transaction commits, before run() resolves, with the commit visible', async () => {
    const seen: { sessionId: string; committed: boolean }[] = [];
    const off = bus.subscribe('live.session-status-changed', async (e) => {
      seen.push({ sessionId: e.sessionId, committed: (await enterpriseNamed('宁波申洲针织')) !== null });
    });
    try {
      await tx.run(async () => {
        await enterprises.create({ name: '宁波申洲针织' });
        bus.publish('live.session-status-changed', event('committed'));
        expect(seen).toEqual([]);
      });
      expect(seen).toEqual([{ sessionId: 'committed', committed: true }]);
    } finally {
      off();
    }
  });

  it('delivers an event published outside a transaction after the current call', async () => {
    const seen: string[] = [];
    let delivered!: () => void;
    const arrived = new Promise<void>((r) => (delivered = r));
    const off = bus.subscribe('live.session-status-changed', (e) => {
      seen.push(e.sessionId);
      delivered();
    });
    try {
      bus.publish('live.session-status-changed', event('no-transaction'));
      expect(seen).toEqual([]);
      // Expo's own subscriber (booth status) runs first and goes to the database.
      await arrived;
      expect(seen).toEqual(['no-transaction']);
    } finally {
      off();
    }
  });

  it('delivers publishAll in one call to a batch subscriber and one event after another to the others, after commit', async () => {
    const batches: string[][] = [];
    const single: string[] = [];
    const offBatch = bus.subscribeBatch('live.session-status-changed', (es) => void batches.push(es.map((e) => e.sessionId)));
    const offSingle = bus.subscribe('live.session-status-changed', (e) => void single.push(e.sessionId));
    try {
      await tx.run(async () => {
        bus.publishAll('live.session-status-changed', [event('a'), event('b'), event('c')]);
        bus.publish('live.session-status-changed', event('d'));
        bus.publishAll('live.session-status-changed', []);
        expect(batches).toEqual([]);
      });
      expect(batches).toEqual([['a', 'b', 'c'], ['d']]);
      expect(single).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      offBatch();
      offSingle();
    }
  });

  it('calls `committed` after COMMIT and before the after-commit work; not on rollback, not when joining', async () => {
    const order: string[] = [];
    let lookup: Promise<{ id: string } | null> | null = null;
    const off = bus.subscribe('live.session-status-changed', () => void order.push('subscriber'));
    try {
      await tx.run(
        async () => {
          await enterprises.create({ name: '提交回调工厂' });
          bus.publish('live.session-status-changed', event('committed-callback'));
          await tx.run(async () => undefined, { committed: () => order.push('joined') });
        },
        {
          committed: () => {
            order.push('committed');
            lookup = enterpriseNamed('提交回调工厂');
          },
        },
      );
      expect(order).toEqual(['committed', 'subscriber']);
      expect(await lookup).not.toBeNull(); // the COMMIT was done when the callback ran
      await expect(
        tx.run(
          async () => {
            throw new Error('rolled back');
          },
          { committed: () => order.push('rolled-back') },
        ),
      ).rejects.toThrow('rolled back');
      expect(order).toEqual(['committed', 'subscriber']);
    } finally {
      off();
    }
  });

  it('logs a failing subscriber; the publisher and the other subscribers carry on', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const seen: string[] = [];
    const offBad = bus.subscribe('live.session-status-changed', () => {
      throw new Error('subscriber bug');
    });
    const offGood = bus.subscribe('live.session-status-changed', (e) => void seen.push(e.sessionId));
    try {
      await expect(tx.run(async () => bus.publish('live.session-status-changed', event('after-a-bug')))).resolves.toBeUndefined();
      expect(seen).toEqual(['after-a-bug']);
      expect(logged).toHaveBeenCalledWith(
        expect.objectContaining({ event: 'live.session-status-changed' }),
        expect.stringContaining('failed'),
      );
    } finally {
      offBad();
      offGood();
      logged.mockRestore();
    }
  });

  it('joins the current transaction: a failure after a nested run() rolls back both', async () => {
    await expect(
      tx.run(async () => {
        await enterprises.create({ name: '外层工厂' });
        await tx.run(async () => void (await enterprises.create({ name: '内层工厂' })));
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await enterpriseNamed('外层工厂')).toBeNull();
    expect(await enterpriseNamed('内层工厂')).toBeNull();
  });

  it('commits an outbox job with its business row and runs it; a rollback leaves neither', async () => {
    const kept = randomUUID();
    const dropped = randomUUID();
    const welcome = (userId: string) => ({ userId, kind: 'test', title: '样品已发出 📦', body: '顺丰单号 SF123' });
    await tx.run(async () => {
      await enterprises.create({ name: '绍兴柯桥华纺' });
      await outbox.enqueue('notify.user', welcome(kept));
    });
    await expect(
      tx.run(async () => {
        await enterprises.create({ name: '不存在的工厂' });
        await outbox.enqueue('notify.user', welcome(dropped));
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await app.get(JobQueue).drain(10_000);
    expect(await notificationsOf(kept)).toEqual([{ title: '样品已发出 📦' }]);
    expect(await notificationsOf(dropped)).toEqual([]);
    expect(await enterpriseNamed('不存在的工厂')).toBeNull();
    expect(await outboxRows()).toBe(0);
  });

  it('relays a row left by a crash between commit and enqueue when a process starts', async () => {
    const userId = randomUUID();
    const driver = app.get<QueueDriver>(QUEUE_DRIVER);
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(driver, 'add').mockRejectedValueOnce(new Error('connection lost'));
    try {
      await tx.run(async () => {
        await enterprises.create({ name: '东莞虎门大朗毛织厂' });
        await outbox.enqueue('notify.user', { userId, kind: 'test', title: '补发的通知', body: '进程重启后送达' });
      });
    } finally {
      warn.mockRestore();
    }
    await app.get(JobQueue).drain(10_000);
    // Committed with its business row, not enqueued.
    expect(await outboxRows()).toBe(1);
    expect(await enterpriseNamed('东莞虎门大朗毛织厂')).not.toBeNull();
    expect(await notificationsOf(userId)).toEqual([]);

    await app.close();
    app = await boot(engine.config);
    ds = app.get(DataSource);
    await app.get(JobQueue).drain(10_000);
    expect(await notificationsOf(userId)).toEqual([{ title: '补发的通知' }]);
    expect(await outboxRows()).toBe(0);
  });
});
