import { INestApplication } from '@nestjs/common';
import { AppConfig, loadConfig } from '@livefair/core';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootHttpProcess } from '@livefair/core';
import { ApiModule } from '../../apps/api/src/api.module';
import { startAllInOne } from '../../apps/all-in-one/src/start-all-in-one';
import { dropRedisPrefix } from './redis-cleanup';
import { TEST_REDIS_URL } from './services';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  url: string;
  config: AppConfig;
  db: TestDatabase | null;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123';

/** Config for a production-engine test: own MariaDB database, own Redis key prefix. */
export function productionTestConfig(dbUrl: string, extra: NodeJS.ProcessEnv = {}): AppConfig {
  return loadConfig({
    LIVEFAIR_MODE: 'production',
    DATABASE_URL: dbUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: `lft-${randomBytes(4).toString('hex')}`,
    JWT_SECRET: TEST_JWT_SECRET,
    MEDIASOUP_WORKERS: '1',
    LOG_LEVEL: 'warn',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-data-')),
    ...extra,
  });
}

/** Boots the all-in-one process on real MariaDB + Redis, on a free port. */
export async function startProductionApp(tag: string, extra: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const db = await createTestDatabase(tag);
  const config = productionTestConfig(db.url, extra);
  const { app, url } = await startAllInOne(config, 0, false);
  return {
    app,
    url,
    config,
    db,
    async close() {
      await app.close();
      await db.drop();
      await dropRedisPrefix(config.queue.prefix);
    },
  };
}

/**
 * A second HTTP API process (apps/api's module) on the same database, Redis and prefix as `first`,
 * like a second replica behind the load balancer. Close it before `first`.
 */
export async function startApiReplica(first: TestApp): Promise<{ app: INestApplication; url: string; close(): Promise<void> }> {
  const { app, url } = await bootHttpProcess(ApiModule.forRoot(first.config), first.config, { title: 'replica', webRoot: null, port: 0, handleSignals: false });
  return { app, url, close: () => app.close() };
}

/** A second process of the same deployment: the HTTP API alone (no live rooms), on the same MariaDB database and Redis prefix. */
export async function startApiProcess(config: AppConfig): Promise<{ url: string; close(): Promise<void> }> {
  const { app, url } = await bootHttpProcess(ApiModule.forRoot({ ...config, demoData: false }), config, { title: 'LiveFair API', port: 0, handleSignals: false });
  return { url, close: () => app.close() };
}

/**
 * Another process of the same deployment as `first`: same MariaDB database, same Redis prefix
 * and secret (a second live node behind the same origin). Close it before `first`.
 */
export async function startSecondInstance(first: TestApp, extra: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  if (!first.db) throw new Error('startSecondInstance needs a production test app');
  const config = productionTestConfig(first.db.url, { QUEUE_PREFIX: first.config.queue.prefix, DEMO_DATA: 'false', ...extra });
  const { app, url } = await startAllInOne(config, 0, false);
  return { app, url, config, db: null, close: () => app.close() };
}
