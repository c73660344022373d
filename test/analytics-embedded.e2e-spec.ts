import { AppConfig, loadConfig } from '@livefair/core';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAllInOne } from '../apps/all-in-one/src/start-all-in-one';
import { rebuild, rolledUp, sendEvents, visitEvents } from './support/analytics-fixture';
import { httpClient } from './support/http';
import { DemoLogins, demoLogins } from './support/live-fixture';
import { demoPassword, type TestApp } from './support/test-app';

/** The same ingest and roll-ups on the embedded engine (sql.js) and the in-process queue, as `npm start` runs them. */
describe('analytics on the embedded engine', () => {
  let t: TestApp;
  let demo: DemoLogins;
  const http = () => httpClient(t.url);

  beforeAll(async () => {
    const config: AppConfig = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-analytics-')),
      LOG_LEVEL: 'warn',
      MEDIASOUP_WORKERS: '1',
      DEMO_DATA: 'true',
      ANALYTICS_MAX_EVENT_AGE_MINUTES: '120',
    });
    const { app, url } = await startAllInOne(config, 0, false);
    t = { app, url, config, db: null, close: () => app.close() };
    demo = await demoLogins(t);
  });
  afterAll(() => t?.close());

  it('stores a walk once, rolls it up to the same dwell, visitors and peak, and rebuilds to the same numbers', async () => {
    const t0 = Math.floor(Date.now() / 60_000) * 60_000 - 30 * 60_000;
    const visitor = randomUUID();
    const events = [
      ...visitEvents(demo.boothId, t0, { enterAt: 0, heartbeats: [15, 30], productViews: [20], leaveAt: 40 }),
      ...visitEvents(demo.boothId, t0, { enterAt: 300, heartbeats: [315], leaveAt: 320 }),
    ];
    expect((await sendEvents(t.url, visitor, events)).body).toEqual({ accepted: events.length, duplicates: 0, rejected: [] });
    expect((await sendEvents(t.url, visitor, events)).body).toEqual({ accepted: 0, duplicates: events.length, rejected: [] });
    const other = visitEvents(demo.boothId, t0, { enterAt: 10, leaveAt: 70 });
    expect((await sendEvents(t.url, randomUUID(), other)).body.accepted).toBe(other.length);
    await rolledUp(t.app);
    const view = async () => (await http().get(`/api/analytics/booths/${demo.boothId}`, demo.staff)).body;
    const before = await view();
    expect(before.booth).toMatchObject({
      visits: 3,
      uniqueVisitors: 2,
      repeatVisitors: 1,
      engaged: 2, // 40 s with a product; 60 s
      avgDwellSeconds: 40, // (40 + 20 + 60) / 3
      medianDwellSeconds: 40,
      peakConcurrent: 2,
      productViews: 1,
    });
    await rebuild(t.app);
    expect({ ...(await view()), freshness: null }).toEqual({ ...before, freshness: null });
    const organizer = (await http().post('/api/auth/login', { email: 'organizer@demo.livefair.cn', password: demoPassword(t) }))
      .body.accessToken;
    const expoId = (await http().get(`/api/booths/${demo.boothId}`)).body.expoId;
    const expo = (await http().get(`/api/analytics/expos/${expoId}`, organizer)).body;
    expect(expo.totals.visits).toBe(3);
  });
});
