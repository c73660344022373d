import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, type PageOptions, type TestPage } from './browser';
import { httpClient } from './http';
import { demoPassword, startProductionApp, type TestApp } from './test-app';

export const LAPTOP: PageOptions = { width: 1366, height: 800 };
export const PHONE: PageOptions = { width: 390, height: 844, isMobile: true };

/**
 * A browser suite on a production app with demo data (MariaDB + Redis) and Chromium, started
 * side by side in `beforeAll` and closed in `afterAll`. `openAs` opens a page logged in as a demo
 * account (the session the login form would store) or anonymous; after each test its pages close and any page
 * error fails the test.
 */
export function demoBrowserSuite(database: string, env: Record<string, string> = {}) {
  let t: TestApp;
  let browser: Browser;
  let opened: TestPage[] = [];
  beforeAll(async () => {
    const [app, br] = await Promise.allSettled([startProductionApp(database, { DEMO_DATA: 'true', ...env }), launchBrowser()]);
    if (app.status === 'fulfilled') t = app.value;
    if (br.status === 'fulfilled') browser = br.value;
    for (const r of [app, br]) if (r.status === 'rejected') throw r.reason;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(async () => {
    const pages = opened;
    opened = [];
    const errors = pages.flatMap((p) => p.errors);
    await Promise.all(pages.map((p) => p.close()));
    expect(errors).toEqual([]);
  });
  const login = async (email: string) => {
    const res = await httpClient(t.url).post('/api/auth/login', { email, password: demoPassword(t) });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
    return res.body as { accessToken: string; user: { id: string } };
  };
  return {
    get app(): TestApp {
      return t;
    },
    login,
    /** A page as a demo account (`null`: anonymous), in Chinese unless `lang` is `en`. */
    async openAs(email: string | null, options: PageOptions, lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<Page> {
      const tp = await newPage(browser, { ...options, origin: t.url });
      opened.push(tp);
      if (lang === 'en') await tp.context.addInitScript(() => localStorage.setItem('livefair.lang', 'en'));
      if (email) {
        const auth = await login(email);
        await tp.context.addInitScript(
          ([token, user]) => {
            localStorage.setItem('livefair.token', token);
            localStorage.setItem('livefair.user', user);
          },
          [auth.accessToken, JSON.stringify(auth.user)],
        );
      }
      return tp.page;
    },
  };
}
