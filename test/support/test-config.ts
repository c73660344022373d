import { AppConfig, loadConfig } from '@livefair/core';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_REDIS_URL } from './services';

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
