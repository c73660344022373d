import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { adminUri, TEST_MYSQL_URL } from './services';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A throwaway utf8mb4 database for one test file; drop it in afterAll. */
export async function createTestDatabase(tag: string): Promise<TestDatabase> {
  const name = `lf_test_${tag.replace(/[^a-z0-9]/gi, '_')}_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection({ uri: adminUri(TEST_MYSQL_URL) });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  return {
    name,
    url: `${TEST_MYSQL_URL.replace(/\/+$/, '')}/${name}`,
    async drop() {
      const conn = await createConnection({ uri: adminUri(TEST_MYSQL_URL) });
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}
