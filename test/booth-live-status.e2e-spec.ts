import { AppConfig, loadConfig, Principal } from '@livefair/core';
import { LiveSessionService } from '@livefair/live';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAllInOne } from '../apps/all-in-one/src/start-all-in-one';
import { httpClient } from './support/http';
import { startProductionApp, TestApp } from './support/test-app';

/**
 * The booth page's live status follows the booth's live sessions: the live context
 * announces each change after its commit (`live.session-status-changed`) and the expo
 * context keeps the booth row; the booth page shows it as soon as the change returns.
 */
const engines: [string, () => Promise<TestApp>][] = [
  ['MariaDB + Redis', () => startProductionApp('booth_status', { DEMO_DATA: 'true' })],
  [
    'the embedded engine',
    async () => {
      const config: AppConfig = loadConfig({
        DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-booth-')),
        LOG_LEVEL: 'warn',
        MEDIASOUP_WORKERS: '1',
        DEMO_DATA: 'true',
      });
      const { app, url } = await startAllInOne(config, 0, false);
      return { app, url, config, db: null, close: () => app.close() };
    },
  ],
];

describe.each(engines)('booth live status on %s', (_engine, start) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await start();
  });
  afterAll(() => t?.close());

  it('is scheduled, live, scheduled again and offline as the sessions change', async () => {
    const http = httpClient(t.url);
    const expo = (await http.get('/api/expos')).body[0];
    const hall = (await http.get(`/api/expos/${expo.id}`)).body.halls[1];
    const booth = (await http.get(`/api/halls/${hall.id}/booths`)).body[0];
    const status = async () => (await http.get(`/api/booths/${booth.id}`)).body.liveStatus as string;
    const now = Date.now();
    const staff: Principal = {
      userId: randomUUID(),
      role: 'exhibitor',
      enterpriseId: booth.enterprise.id,
      displayName: '店长',
      issuedAt: now,
      expiresAt: now + 3_600_000,
    };
    const sessions = t.app.get(LiveSessionService);

    expect(await status()).toBe('offline');
    const first = await sessions.create(staff, booth.id, { title: '第一场：新品首发' });
    expect(await status()).toBe('scheduled');
    const second = await sessions.create(staff, booth.id, { title: '第二场：工厂探访' });
    await sessions.markLive(first.id);
    expect(await status()).toBe('live');
    await sessions.end(first.id);
    expect(await status()).toBe('scheduled');
    await sessions.end(second.id);
    expect(await status()).toBe('offline');
  });
});
