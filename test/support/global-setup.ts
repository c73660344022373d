import { createConnection } from 'mysql2/promise';
import Redis from 'ioredis';
import { adminUri, TEST_MYSQL_URL, TEST_REDIS_URL } from './services';

/**
 * The suite needs a real MariaDB/MySQL and a real Redis. If either is missing,
 * stop here with a clear message instead of skipping tests.
 */
export default async function globalSetup(): Promise<void> {
  try {
    const conn = await createConnection({ uri: adminUri(TEST_MYSQL_URL), connectTimeout: 5000 });
    await conn.query('SELECT 1');
    await conn.end();
  } catch (err) {
    throw new Error(`Tests need MariaDB/MySQL at ${TEST_MYSQL_URL} (set TEST_MYSQL_URL): ${(err as Error).message}`, {
      cause: err,
    });
  }
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5000 });
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    throw new Error(`Tests need Redis at ${TEST_REDIS_URL} (set TEST_REDIS_URL): ${(err as Error).message}`, { cause: err });
  } finally {
    redis.disconnect();
  }
}
