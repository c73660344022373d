import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, TestPage } from './support/browser';
import { pickDateRange } from './support/date-range';
import { httpClient } from './support/http';
import { appPage, SignedIn } from './support/live-pages';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

const SHOTS = join(__dirname, '..', 'test-results', 'campaigns-browser');
const PHONE = { width: 390, height: 844, isMobile: true };
const LAPTOP = { width: 1366, height: 800 };
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

/**
 * Campaigns in real Chromium on MariaDB + Redis: the organizer creates a campaign for the demo
 * expo through the form, sees the buyer's need and its matches on the dashboard and pushes one;
 * the exhibitor opens the inbox line's link on a phone and quotes from orders for you; the
 * dashboard then counts the response. Each page at laptop and phone width, no horizontal overflow.
 */
describe('matchmaking campaigns in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let organizer: SignedIn;
  let exhibitor: SignedIn;
  let buyer: SignedIn;
  let http: ReturnType<typeof httpClient>;
  const pages: TestPage[] = [];

  const open = async (who: SignedIn, path: string, size: { width: number; height: number; isMobile?: boolean }) => {
    const p = await appPage(browser, t.url, who, size);
    pages.push(p);
    await p.page.goto(t.url + path);
    return p;
  };
  const overflow = (page: Page) =>
    page.evaluate<number>('document.scrollingElement.scrollWidth - window.innerWidth') as Promise<number>;
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await startProductionApp('campbrowser', { DEMO_DATA: 'true', LOG_LEVEL: 'error' });
    http = httpClient(t.url);
    browser = await launchBrowser();
    const login = async (email: string) => (await http.post('/api/auth/login', { email, password: demoPassword(t) })).body;
    organizer = await login('organizer@demo.livefair.cn');
    exhibitor = await login('exhibitor@demo.livefair.cn');
    buyer = await login('buyer@demo.livefair.cn');
  });
  afterAll(async () => {
    for (const p of pages) await p.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  it('creates, pushes, answers and counts, at both widths', async () => {
    // The exhibitor's matching profile, and a need of the buyer for its product.
    const booth = (await http.get(`/api/booths/${(await http.get('/api/my/booths', exhibitor.accessToken)).body[0].id}`)).body;
    const product = booth.products[0];
    await http.get('/api/matching/orders-for-you', exhibitor.accessToken);

    // The organizer's form (laptop): a campaign for the demo expo.
    const o = await open(organizer, '/console/campaigns', LAPTOP);
    await o.page.getByTestId('new-campaign').click();
    await o.page.getByLabel('活动名称').fill('演示展会 内销对接月');
    await o.page.getByTestId('campaign-expo').click();
    await o.page.locator('.ant-select-item-option').first().click();
    const today = new Date().toISOString().slice(0, 10);
    const later = inDays(20).slice(0, 10);
    await pickDateRange(o.page, today, later);
    await shot(o.page, 'new-campaign-laptop');
    await o.page.getByTestId('campaign-submit').click();
    await o.page.waitForURL(/\/console\/campaigns\/[0-9a-f-]{36}$/);
    const campaignId = o.page.url().split('/').pop()!;

    const need = await http.post(
      '/api/matching/demands',
      { text: `求购${product.name} 3000件，印logo`, quantity: 3000, unit: '件', deliveryProvince: '浙江', deadline: inDays(15) },
      buyer.accessToken,
    );
    expect(need.status).toBe(201);
    await o.page.reload();
    await o.page.getByTestId('campaign-counts').waitFor();
    const dash = (await http.get(`/api/matching/campaigns/${campaignId}`, organizer.accessToken)).body;
    const mine = dash.matches.find((m: any) => m.demandId === need.body.id && m.enterpriseId === booth.enterprise.id);
    expect(mine).toBeDefined();
    // Select the exhibitor's match and push it.
    await o.page.locator(`tr[data-row-key="${mine.suggestionId}"] .ant-checkbox-input`).check();
    await o.page.getByTestId('push-selected').click();
    await o.page.locator('.ant-message-success').waitFor();
    await o.page.locator(`tr[data-row-key="${mine.suggestionId}"]`).getByText('已推送').last().waitFor();
    await shot(o.page, 'dashboard-laptop');
    expect(await overflow(o.page)).toBeLessThanOrEqual(0);

    // The exhibitor follows the inbox line on a phone and quotes.
    const line = (await http.get('/api/notifications', exhibitor.accessToken)).body.find(
      (n: any) => n.kind === 'matching.suggested',
    );
    expect(line.link).toBe(`/my/orders-for-you?demand=${need.body.id}`);
    const e = await open(exhibitor, line.link, PHONE);
    const card = e.page.locator(`#need-${need.body.id}`);
    await card.waitFor();
    expect(await card.getAttribute('class')).toContain('lf-match-highlight');
    await shot(e.page, 'orders-for-you-phone');
    expect(await overflow(e.page)).toBeLessThanOrEqual(0);
    const el = await open(exhibitor, line.link, LAPTOP);
    await el.page.locator(`#need-${need.body.id}`).waitFor();
    await shot(el.page, 'orders-for-you-laptop');
    await card.getByTestId('answer-quote').click();
    await e.page.getByTestId('answer-sku').click();
    await e.page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await e.page.getByTestId('answer-price').fill('18.88');
    await shot(e.page, 'answer-quote-phone');
    await e.page.getByTestId('answer-submit').click();
    await card.getByText('已报价').first().waitFor();

    // The buyer has the quote in its quotes; the dashboard counts it (phone and laptop).
    const rfqs = (await http.get('/api/my/rfqs', buyer.accessToken)).body.items;
    expect(rfqs.some((r: any) => r.productId === product.id && r.status === 'quoted')).toBe(true);
    const deadline = Date.now() + 15_000;
    while ((await http.get(`/api/matching/campaigns/${campaignId}`, organizer.accessToken)).body.counts.quoted < 1) {
      if (Date.now() > deadline) throw new Error('the quote was not counted');
      await new Promise((r) => setTimeout(r, 200));
    }
    const op = await open(organizer, `/console/campaigns/${campaignId}`, PHONE);
    await op.page.getByTestId('campaign-counts').waitFor();
    await shot(op.page, 'dashboard-phone');
    expect(await overflow(op.page)).toBeLessThanOrEqual(0);
    const list = await open(organizer, '/console/campaigns', PHONE);
    await list.page.getByText('演示展会 内销对接月').waitFor();
    await shot(list.page, 'campaigns-phone');
    expect(await overflow(list.page)).toBeLessThanOrEqual(0);
    await o.page.goto(`${t.url}/console/campaigns`);
    await o.page.getByText('演示展会 内销对接月').waitFor();
    await shot(o.page, 'campaigns-laptop');

    // In English: the dashboard and orders for you, no untranslated keys, at both widths.
    for (const [size, options] of [
      ['laptop', LAPTOP],
      ['phone', PHONE],
    ] as const) {
      for (const [who, path, ready] of [
        [organizer, `/console/campaigns/${campaignId}`, '[data-testid="campaign-counts"]'],
        [exhibitor, '/my/orders-for-you', '.lf-match-card .lf-answer-actions'],
      ] as const) {
        const p = await appPage(browser, t.url, who, options);
        pages.push(p);
        await p.context.addInitScript(() => localStorage.setItem('livefair.lang', 'en'));
        await p.page.goto(t.url + path);
        await p.page.locator(ready).first().waitFor();
        expect(await p.page.locator('body').innerText()).not.toMatch(/\b(campaigns|matching)\.[a-zA-Z]+\.[a-zA-Z]+/);
        expect(await overflow(p.page)).toBeLessThanOrEqual(0);
        await shot(p.page, `${size}-en${path.replace(/\//g, '-').replace(/-[0-9a-f-]{36}$/, '')}`);
      }
    }
    for (const p of pages) expect(p.errors).toEqual([]);
  });
});
