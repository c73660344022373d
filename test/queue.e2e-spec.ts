import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccountsModule } from '@livefair/accounts';
import { AppConfig, CoreModule, JobHandler, JobPayloads, JobQueue, loadConfig } from '@livefair/core';
import { LiveSessionsModule } from '@livefair/live';
import Redis from 'ioredis';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dropRedisPrefix } from './support/redis-cleanup';
import { TEST_REDIS_URL } from './support/services';
import { productionTestConfig } from './support/test-config';
import { createTestDatabase, TestDatabase } from './support/test-database';

const payload = (userId: string): JobPayloads['notify.user'] => ({
  userId,
  kind: 'test',
  title: '订单已确认 ✅',
  body: '您的样品订单已确认，预计3天发货。',
});

async function boot(config: AppConfig, runJobs: boolean) {
  // Live's sessions too: expo (under accounts) loads live's barrel, which declares live's jobs.
  @Module({ imports: [CoreModule.forRoot(config, { runJobs }), AccountsModule, LiveSessionsModule] })
  class Root {}
  return NestFactory.createApplicationContext(Root, { logger: ['error'] });
}

async function waitFor<T>(fn: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('job queue', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('queue');
  });
  afterAll(() => db?.drop());

  it('runs a job through Bull on Redis: enqueued by one process, handled by another', async () => {
    const config = productionTestConfig(db.url);
    const producer = await boot(config, false);
    const worker = await boot(config, true);
    try {
      const userId = '11111111-1111-4111-8111-111111111111';
      await producer.get(JobQueue).enqueue('notify.user', payload(userId), { jobId: `t-${userId}` });
      // The job really went through Redis: Bull's id counter for this prefix exists.
      const redis = new Redis(TEST_REDIS_URL);
      expect(Number(await redis.get(`${config.queue.prefix}:notifications:id`))).toBeGreaterThanOrEqual(1);
      redis.disconnect();
      const ds = worker.get(DataSource);
      const rows = await waitFor(async () => {
        const r = await ds.query('SELECT title, body FROM notifications WHERE userId = ?', [userId]);
        return r.length ? r : undefined;
      });
      expect(rows).toEqual([{ title: '订单已确认 ✅', body: '您的样品订单已确认，预计3天发货。' }]);
    } finally {
      await producer.close();
      await worker.close();
      await dropRedisPrefix(config.queue.prefix);
    }
  });

  it('runs the same handler through the in-process driver on the embedded engine', async () => {
    const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-q-')), MEDIASOUP_WORKERS: '1', LOG_LEVEL: 'warn' });
    expect(config.redis).toBeNull();
    expect(config.database.type).toBe('sqljs');
    const app = await boot(config, true);
    try {
      const queue = app.get(JobQueue);
      expect(queue.kind).toBe('in-process');
      const userId = '22222222-2222-4222-8222-222222222222';
      await queue.enqueue('notify.user', payload(userId));
      await queue.drain(5000);
      const rows = await app.get(DataSource).query('SELECT title FROM notifications WHERE userId = ?', [userId]);
      expect(rows).toEqual([{ title: '订单已确认 ✅' }]);
    } finally {
      await app.close();
    }
  });

  it('refuses to start when a job has two handlers', async () => {
    @Injectable()
    class SecondHandler {
      @JobHandler('notify.user')
      async again(): Promise<void> {}
    }
    const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-q-')), LOG_LEVEL: 'silent' });
    @Module({
      imports: [CoreModule.forRoot(config, { runJobs: true }), AccountsModule, LiveSessionsModule],
      providers: [SecondHandler],
    })
    class Root {}
    await expect(NestFactory.createApplicationContext(Root, { logger: false, abortOnError: false })).rejects.toThrow(
      /job "notify.user" has 2 handlers/,
    );
  });

  it('refuses to start when a job has no handler', async () => {
    const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-q-')), LOG_LEVEL: 'silent' });
    @Module({ imports: [CoreModule.forRoot(config, { runJobs: true })] })
    class Root {}
    await expect(NestFactory.createApplicationContext(Root, { logger: false, abortOnError: false })).rejects.toThrow(
      /job "notify.user" has no handler/,
    );
  });
});
