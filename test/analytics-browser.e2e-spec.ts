import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { rolledUp, sendEvents, visitEvents } from './support/analytics-fixture';
import { launchBrowser, newPage, type TestPage } from './support/browser';
import { httpClient } from './support/http';
import { eventually } from './support/live-fixture';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

const SHOTS = process.env.ANALYTICS_SHOTS_DIR ?? '/tmp/analytics-shots';

/**
 * In Chromium against the built web UI (`npm run build`): a visitor's booth visit reaches the raw
 * events through the real tracker (the notice tells it what is recorded); the organizer's and the
 * exhibitor's dashboards draw their charts at laptop and phone widths (screenshots in SHOTS).
 */
describe('analytics in a browser (MariaDB + Redis)', () => {
  let t: TestApp;
  let browser: Browser;
  const pages: TestPage[] = [];
  let expoId: string;
  let boothId: string;
  const login = async (email: string) =>
    (await httpClient(t.url).post('/api/auth/login', { email, password: demoPassword(t) })).body;
  const open = async (width: number, height: number, session?: { accessToken: string; user: unknown }) => {
    const tp = await newPage(browser, { width, height, isMobile: width < 500, origin: t.url });
    pages.push(tp);
    if (session)
      await tp.page.addInitScript(
        ([token, user]) => {
          localStorage.setItem('livefair.token', token);
          localStorage.setItem('livefair.user', user);
        },
        [session.accessToken, JSON.stringify(session.user)],
      );
    return tp;
  };

  beforeAll(async () => {
    const [app, br] = await Promise.allSettled([startProductionApp('analytics_browser', { DEMO_DATA: 'true' }), launchBrowser()]);
    if (app.status === 'fulfilled') t = app.value;
    if (br.status === 'fulfilled') browser = br.value;
    for (const r of [app, br]) if (r.status === 'rejected') throw r.reason;
    const staff = await login('exhibitor@demo.livefair.cn');
    boothId = (await httpClient(t.url).get('/api/my/booths', staff.accessToken)).body[0].id;
    expoId = (await httpClient(t.url).get(`/api/booths/${boothId}`)).body.expoId;
  });
  afterAll(async () => {
    for (const p of pages) await p.close();
    await browser?.close();
    await t?.close();
  });

  it('records a visit from the booth page with the tracker, after telling the visitor what it records', async () => {
    const tp = await open(390, 844);
    const { page } = tp;
    await page.goto(`${t.url}/booths/${boothId}`);
    const notice = page.getByTestId('analytics-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('随机访客编号');
    await page.screenshot({ path: `${SHOTS}/booth-notice-phone.png` });
    const visitorId = await page.evaluate(() => localStorage.getItem('livefair.visitorId'));
    expect(visitorId).toMatch(/^[0-9a-f-]{36}$/);
    // Leaving the booth in the app, then the tab going away: the leave goes out with sendBeacon.
    await page.goto(`${t.url}/`);
    const ds = t.app.get(DataSource);
    const types = async () =>
      (
        await ds.query('SELECT type FROM analytics_events WHERE visitorId = ? AND boothId = ? ORDER BY seq', [visitorId, boothId])
      ).map((r: { type: string }) => r.type);
    await eventually(async () => (await types()).includes('booth.leave'), 15_000, 'the booth visit to be recorded');
    expect(await types()).toEqual(['booth.enter', 'booth.leave']);
    // The tracker's event and visit ids are time-ordered (UUID v7: docs/analytics.md).
    const ids: { id: string; visitId: string }[] = await ds.query(
      'SELECT id, visitId FROM analytics_events WHERE visitorId = ? AND boothId = ? ORDER BY seq',
      [visitorId, boothId],
    );
    const v7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const r of ids) expect([r.id, r.visitId]).toEqual([expect.stringMatching(v7), expect.stringMatching(v7)]);
    expect(ids[0].id < ids[1].id).toBe(true);
    expect(tp.errors).toEqual([]);
  });

  it("draws the organizer's dashboard: time series, funnel, top booths, route Sankey (laptop and phone)", async () => {
    const hallId = (await httpClient(t.url).get(`/api/booths/${boothId}`)).body.hallId;
    const start = Date.now() - 30 * 60_000;
    for (let v = 0; v < 6; v++) {
      const events = [
        { id: randomUUID(), type: 'hall.enter', occurredAt: new Date(start + v * 1000).toISOString(), expoId, hallId },
        ...visitEvents(boothId, start + v * 60_000, {
          enterAt: 5,
          heartbeats: [20, 35],
          productViews: v % 2 ? [25] : [],
          leaveAt: 20 + v * 10,
        }),
      ];
      expect((await sendEvents(t.url, randomUUID(), events)).status).toBe(202);
    }
    await rolledUp(t.app);
    const organizer = await login('organizer@demo.livefair.cn');
    for (const [name, w, h] of [
      ['laptop', 1366, 800],
      ['phone', 390, 844],
    ] as const) {
      const tp = await open(w, h, organizer);
      const { page } = tp;
      await page.goto(`${t.url}/console/expos/${expoId}/analytics`);
      for (const id of ['chart-hourly', 'chart-funnel', 'chart-top-booths', 'chart-sankey'])
        await page.locator(`[data-testid=${id}] canvas`).first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(800); // the charts' entry animation
      // Each chart drew something: its canvas is not one flat colour.
      const drawn = await page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-testid^=chart-] canvas')).map((c) => {
          const canvas = c as HTMLCanvasElement;
          const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          const colours = new Set<number>();
          for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
          return colours.size;
        }),
      );
      expect(drawn.length).toBeGreaterThanOrEqual(4);
      for (const colours of drawn) expect(colours).toBeGreaterThan(3);
      expect(await page.getByText('6', { exact: true }).count()).toBeGreaterThan(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/expo-dashboard-${name}.png`, fullPage: true });
      expect(tp.errors).toEqual([]);
    }
  });

  it("draws the exhibitor's booth dashboard and keeps others' booths out", async () => {
    const staff = await login('exhibitor@demo.livefair.cn');
    for (const [name, w, h] of [
      ['laptop', 1366, 800],
      ['phone', 390, 844],
    ] as const) {
      const tp = await open(w, h, staff);
      await tp.page.goto(`${t.url}/my/booths/${boothId}/analytics`);
      await tp.page.locator('[data-testid=chart-frequency] canvas').waitFor({ timeout: 15_000 });
      await tp.page.waitForTimeout(800);
      await tp.page.screenshot({ path: `${SHOTS}/booth-dashboard-${name}.png`, fullPage: true });
      expect(tp.errors).toEqual([]);
    }
  });
});
