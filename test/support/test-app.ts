import { INestApplication } from '@nestjs/common';
import { AppConfig } from '@livefair/core';
import { bootHttpProcess } from '@livefair/core';
import { ApiModule } from '../../apps/api/src/api.module';
import { startAllInOne } from '../../apps/all-in-one/src/start-all-in-one';
import { dropRedisPrefix } from './redis-cleanup';
import { productionTestConfig } from './test-config';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  url: string;
  config: AppConfig;
  db: TestDatabase | null;
  close(): Promise<void>;
}

// The config alone lives apart, for tests that boot only some modules: importing this file loads
// every context (and with them their declared jobs, which a job-running process must then host).
export { productionTestConfig, TEST_JWT_SECRET } from './test-config';

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
  const { app, url } = await bootHttpProcess(ApiModule.forRoot(first.config), first.config, {
    title: 'replica',
    webRoot: null,
    port: 0,
    handleSignals: false,
  });
  return { app, url, close: () => app.close() };
}

/** A second process of the same deployment: the HTTP API alone (no live rooms), on the same MariaDB database and Redis prefix. */
export async function startApiProcess(config: AppConfig): Promise<{ url: string; close(): Promise<void> }> {
  const { app, url } = await bootHttpProcess(ApiModule.forRoot({ ...config, demoData: false }), config, {
    title: 'LiveFair API',
    port: 0,
    handleSignals: false,
  });
  return { url, close: () => app.close() };
}

/** The demo accounts' password of this app (generated per data directory; never a published constant). */
export function demoPassword(t: { config: AppConfig }): string {
  if (!t.config.demoPassword) throw new Error('this app was started without demo data (DEMO_DATA)');
  return t.config.demoPassword;
}

/** A METRICS_TOKEN for tests that read /metrics or the detailed /health (pass it in `extra`). */
export const TEST_METRICS_TOKEN = 'test-metrics-token-0123456789';

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
