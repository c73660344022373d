import { loadConfig } from '@livefair/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startAllInOne } from '../apps/all-in-one/src/start-all-in-one';
import { httpClient } from './support/http';

/**
 * The embedded engine has one connection for the whole process. Concurrent transactions
 * (an exhibitor registration writes its enterprise and its user in one) must not run
 * inside each other: a duplicate email's rollback must undo its own rows, never another
 * request's committed account.
 */
describe('embedded engine under concurrent registrations', () => {
  it('40 parallel registrations of 20 emails give 20 accounts, 20 clean 409s and no orphan enterprise', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lf-emb-conc-'));
    const config = loadConfig({ DATA_DIR: dataDir, MEDIASOUP_WORKERS: '1', DEMO_DATA: 'false', LOG_LEVEL: 'silent' });
    const { app, url } = await startAllInOne(config, 0, false);
    try {
      const http = httpClient(url);
      const emails = Array.from({ length: 20 }, (_, i) => `conc${i}@example.cn`);
      const body = (email: string, i: number) =>
        i % 2 === 0
          ? {
              email,
              password: 'parallel-pass-1',
              displayName: `展商 ${i}`,
              role: 'exhibitor',
              enterpriseName: `并发工厂 ${i} 号`,
            }
          : { email, password: 'parallel-pass-1', displayName: `采购 ${i}`, role: 'buyer' };
      const requests = emails.flatMap((email, i) => [body(email, i), body(email, i)]);
      const results = await Promise.all(requests.map((b) => http.post('/api/auth/register', b)));

      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(20);
      expect(statuses.filter((s) => s === 409)).toHaveLength(20);
      for (const r of results.filter((x) => x.status === 409)) expect(r.body.code).toBe('AUTH_EMAIL_TAKEN');

      // Every 201 is an account that exists, once per email; exhibitors have exactly their enterprise.
      const ds = app.get(DataSource);
      const users: { email: string; enterpriseId: string | null }[] = await ds.query(
        'SELECT email, enterpriseId FROM users ORDER BY email',
      );
      expect(users.map((u) => u.email).sort()).toEqual([...emails].sort());
      const created = results.filter((r) => r.status === 201).map((r) => r.body.user.id as string);
      const [{ n: found }] = await ds.query(
        `SELECT COUNT(*) AS n FROM users WHERE id IN (${created.map(() => '?').join(',')})`,
        created,
      );
      expect(Number(found)).toBe(20);
      const [{ n: enterprises }] = await ds.query('SELECT COUNT(*) AS n FROM enterprises');
      expect(Number(enterprises)).toBe(10);
      const [{ n: orphans }] = await ds.query(
        'SELECT COUNT(*) AS n FROM enterprises WHERE id NOT IN (SELECT enterpriseId FROM users WHERE enterpriseId IS NOT NULL)',
      );
      expect(Number(orphans)).toBe(0);

      // The server still answers writes afterwards (no transaction left open on its one connection).
      const after = await http.post('/api/auth/register', {
        email: 'after@example.cn',
        password: 'parallel-pass-1',
        displayName: '之后',
        role: 'buyer',
      });
      expect(after.status).toBe(201);
    } finally {
      await app.close();
    }
  });
});
