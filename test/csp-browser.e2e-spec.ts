/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, TestPage } from './support/browser';
import { httpClient } from './support/http';
import { appPage, framesGrow, SignedIn, waitStudioState, waitViewerState } from './support/live-pages';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * The web UI under the server's Content-Security-Policy: every page a visitor, a buyer and the
 * booth staff open, including a live broadcast from the studio to a watch page (WebRTC media,
 * socket.io signalling), reports no CSP violation.
 */
describe('the web UI works under the CSP (real Chromium, MariaDB + Redis)', () => {
  let t: TestApp;
  let browser: Browser;
  const pages: TestPage[] = [];

  beforeAll(async () => {
    expect(existsSync(join(__dirname, '..', 'dist', 'web', 'index.html'))).toBe(true); // npm run build:web
    t = await startProductionApp('csp_browser', { DEMO_DATA: 'true' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const p of pages) await p.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  async function open(who: SignedIn | null, path: string): Promise<TestPage> {
    const p = await appPage(browser, t.url, who);
    pages.push(p);
    await p.context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations!.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    await p.page.goto(t.url + path);
    return p;
  }

  async function violations(p: TestPage): Promise<string[]> {
    const reported = await p.page.evaluate(() => window.__cspViolations ?? []);
    return [...reported, ...p.errors.filter((e) => /Content Security Policy/i.test(e))];
  }

  it('home, expo, booth, login and register pages, a studio broadcast and its watch page', async () => {
    const http = httpClient(t.url);
    const staff: SignedIn = (
      await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) })
    ).body;
    const buyer: SignedIn = (await http.post('/api/auth/login', { email: 'buyer@demo.livefair.cn', password: demoPassword(t) }))
      .body;
    const expoId = (await http.get('/api/expos')).body[0].id;
    const boothId = (await http.get('/api/my/booths', staff.accessToken)).body[0].id;
    const sessionId = (await http.post(`/api/booths/${boothId}/live-sessions`, { title: 'CSP 测试直播' }, staff.accessToken)).body
      .id;

    const visited: TestPage[] = [];
    for (const path of ['/', `/expos/${expoId}`, `/booths/${boothId}`, '/login', '/register', '/api/docs']) {
      const p = await open(null, path);
      await p.page.waitForLoadState('networkidle');
      visited.push(p);
    }
    const studio = await open(staff, `/studio/${boothId}?session=${sessionId}`);
    await studio.page.getByTestId('go-live').click({ timeout: 15_000 });
    await waitStudioState(studio.page, 'live');
    const viewer = await open(buyer, `/watch/${sessionId}`);
    await waitViewerState(viewer.page, 'playing', 20_000);
    await framesGrow(viewer.page);

    for (const p of [...visited, studio, viewer])
      expect({ url: p.page.url(), violations: await violations(p) }).toEqual({ url: p.page.url(), violations: [] });
  });
});
