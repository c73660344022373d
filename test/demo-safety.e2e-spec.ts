import { INestApplication } from '@nestjs/common';
import { AppConfig, loadConfig } from '@livefair/core';
import bcrypt from 'bcryptjs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startAllInOne } from '../apps/all-in-one/src/start-all-in-one';
import { httpClient } from './support/http';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** The embedded default's process (in-process queue and adapter) pointed at a real database by DATABASE_URL. */
async function boot(db: TestDatabase, dataDir: string, extra: NodeJS.ProcessEnv = {}) {
  const config = loadConfig({ DATABASE_URL: db.url, DATA_DIR: dataDir, MEDIASOUP_WORKERS: '1', LOG_LEVEL: 'warn', ...extra });
  const started = await startAllInOne(config, 0, false);
  return { ...started, config };
}

describe('demo data is safe by default (MariaDB given by DATABASE_URL)', () => {
  let db: TestDatabase;
  let running: { app: INestApplication; url: string; config: AppConfig } | null = null;
  const dataDir = mkdtempSync(join(tmpdir(), 'lf-demo-'));

  beforeAll(async () => {
    db = await createTestDatabase('demo_safety');
  });
  afterEach(async () => {
    await running?.app.close();
    running = null;
  });
  afterAll(() => db?.drop());

  it('loads no demo accounts into a database given by DATABASE_URL unless DEMO_DATA is set', async () => {
    running = await boot(db, dataDir);
    expect(running.config.demoData).toBe(false);
    const http = httpClient(running.url);
    expect((await http.get('/api/expos')).body).toEqual([]);
    const [{ n }] = await running.app.get(DataSource).query('SELECT COUNT(*) AS n FROM users');
    expect(Number(n)).toBe(0);
  });

  it('with DEMO_DATA=true loads it, with a password generated for this install, not a published one', async () => {
    running = await boot(db, dataDir, { DEMO_DATA: 'true' });
    const password = running.config.demoPassword!;
    expect(password).toMatch(/^[\w-]{12}$/);
    expect(password).not.toBe('livefair2026');
    const http = httpClient(running.url);
    expect((await http.post('/api/auth/login', { email: 'buyer@demo.livefair.cn', password })).status).toBe(200);
    expect((await http.post('/api/auth/login', { email: 'buyer@demo.livefair.cn', password: 'livefair2026' })).status).toBe(401);
  });

  it("gives a demo loaded with release 1's published password this install's password at the next start", async () => {
    const ds = (await boot(db, dataDir, { DEMO_DATA: 'true' })).app;
    await ds
      .get(DataSource)
      .query('UPDATE users SET passwordHash = ? WHERE email LIKE ?', [
        await bcrypt.hash('livefair2026', 10),
        '%@demo.livefair.cn',
      ]);
    await ds.close();
    running = await boot(db, dataDir, { DEMO_DATA: 'true' });
    const http = httpClient(running.url);
    expect((await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: 'livefair2026' })).status).toBe(
      401,
    );
    expect(
      (await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: running.config.demoPassword })).status,
    ).toBe(200);
  });
});
