import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, newPage, type PageOptions, type TestPage } from './support/browser';
import { httpClient } from './support/http';
import { startProductionApp, TestApp } from './support/test-app';

/** The built web UI (dist/web) served by the real all-in-one server, driven by a real Chromium. */
describe('web shell in Chromium (MariaDB + Redis, demo expo)', () => {
  const EXPO = '2026 中国出口转内销云展';
  const HALLS = ['服装纺织馆', '光学眼镜馆', '消费电子馆', '家居家具馆'];
  const A01 = '宁波申洲针织有限公司';
  const TSHIRT = '纯棉圆领T恤（出口转内销款）';
  const PASSWORD = 'livefair2026';
  const LAPTOP: PageOptions = { width: 1366, height: 800 };
  const PHONE: PageOptions = { width: 390, height: 844, isMobile: true };

  let t: TestApp;
  let browser: Browser;
  let a01BoothId: string;
  let opened: TestPage[] = [];

  beforeAll(async () => {
    [t, browser] = await Promise.all([startProductionApp('web_shell', { DEMO_DATA: 'true' }), launchBrowser()]);
    const http = httpClient(t.url);
    const expos = await http.get<{ id: string; name: string }[]>('/api/expos');
    const expo = await http.get<{ halls: { id: string; name: string }[] }>(`/api/expos/${expos.body[0].id}`);
    const hall = expo.body.halls.find((h) => h.name === HALLS[0]);
    const booths = await http.get<{ id: string; code: string }[]>(`/api/halls/${hall?.id}/booths`);
    const a01 = booths.body.find((b) => b.code === 'A01');
    if (!a01) throw new Error('demo booth A01 missing');
    a01BoothId = a01.id;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function open(options: PageOptions): Promise<Page> {
    const tp = await newPage(browser, { ...options, origin: t.url });
    opened.push(tp);
    return tp.page;
  }
  // Every page a test opened must have run without uncaught errors or console errors.
  afterEach(async () => {
    const pages = opened;
    opened = [];
    const errors = pages.flatMap((p) => p.errors);
    await Promise.all(pages.map((p) => p.close()));
    expect(errors).toEqual([]);
  });

  /** Waits (a few seconds at most) until the one element the locator names is visible / gone. */
  const shown = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: 5000 });
  const hidden = (locator: Locator) => locator.waitFor({ state: 'hidden', timeout: 5000 });
  const header = (page: Page) => page.getByRole('banner');
  const form = (page: Page) => page.locator('form');

  async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
    // A string expression: the test program is compiled without the DOM library.
    return page.evaluate<{ scrollWidth: number; innerWidth: number }>(
      '({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth })',
    );
  }

  async function loginThroughForm(page: Page, email: string): Promise<void> {
    await form(page).getByLabel('邮箱').fill(email);
    await form(page).getByLabel('密码').fill(PASSWORD);
    await form(page).getByRole('button', { name: '登录' }).click();
  }

  it('browses home → expo → hall → booth and shows products with prices in yuan', async () => {
    const page = await open(LAPTOP);
    await page.goto(t.url + '/');
    await page.getByRole('link', { name: new RegExp(EXPO) }).click();
    await page.waitForURL(/\/expos\/[0-9a-f-]{36}/);
    await shown(page.getByRole('heading', { name: EXPO }));
    for (const hall of HALLS) await shown(page.getByRole('tab', { name: new RegExp(hall) }));

    // Another hall shows its own booths only; back in the textile hall, A01's enterprise is there.
    await page.getByRole('tab', { name: new RegExp(HALLS[1]) }).click();
    await shown(page.getByText('丹阳明月光学眼镜有限公司'));
    expect(await page.getByText(A01).count()).toBe(0);
    await page.getByRole('tab', { name: new RegExp(HALLS[0]) }).click();
    const card = page.locator('.lf-booth-card').filter({ hasText: A01 });
    await shown(card);
    expect(await page.locator('.lf-booth-card').count()).toBe(8);

    await card.click();
    await page.waitForURL(`**/booths/${a01BoothId}`);
    await shown(page.getByRole('heading', { name: TSHIRT }));
    await shown(page.getByRole('heading', { name: '防泼水轻薄夹克' }));
    const tshirt = page.locator('.lf-product-card').filter({ hasText: TSHIRT });
    const tierPrices = await tshirt.locator('.lf-tier-table .lf-price').allInnerTexts();
    expect(tierPrices).toEqual(['¥22.00', '¥19.00', '¥16.50']);
  });

  it('logs the buyer in through the form, keeps the session across a reload, and logs out', async () => {
    const page = await open(LAPTOP);
    await page.goto(t.url + '/login');
    await loginThroughForm(page, 'buyer@demo.livefair.cn');
    await page.waitForURL(t.url + '/');
    await shown(header(page).getByText('王采购'));

    await page.reload();
    await shown(header(page).getByText('王采购'));

    await header(page).getByRole('button', { name: /王采购/ }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await shown(header(page).getByRole('button', { name: '登录' }));
    expect(await header(page).getByText('王采购').count()).toBe(0);
    await page.reload();
    await shown(header(page).getByRole('button', { name: '登录' }));
    expect(await header(page).getByText('王采购').count()).toBe(0);
  });

  it('registers an exhibitor with its enterprise and shows the exhibitor nav', async () => {
    const page = await open(LAPTOP);
    await page.goto(t.url + '/register');
    // antd's radio buttons hide the <input>; a user clicks the label.
    await form(page).locator('label').filter({ hasText: /^参展商$/ }).click();
    expect(await form(page).getByRole('radio', { name: '参展商' }).isChecked()).toBe(true);
    await form(page).getByLabel('企业名称').fill('义乌小商品工厂 🏭');
    await form(page).getByLabel('显示名称').fill('陈厂长');
    await form(page).getByLabel('邮箱').fill(`ex${Date.now()}@example.cn`);
    await form(page).getByLabel('密码').fill('correct horse 1');
    await form(page).getByRole('button', { name: '注册' }).click();
    await page.waitForURL(t.url + '/');
    await shown(header(page).getByText('陈厂长'));
    await header(page).getByRole('menuitem', { name: '我的展位' }).click();
    await page.waitForURL('**/my/booths');
    await shown(page.getByText('您的企业还没有分配展位，请联系展会主办方。'));
  });

  it('guards /my/booths: anonymous → login (and back), buyer → 403', async () => {
    const anon = await open(LAPTOP);
    await anon.goto(t.url + '/my/booths');
    await anon.waitForURL('**/login');
    await loginThroughForm(anon, 'exhibitor@demo.livefair.cn');
    await anon.waitForURL('**/my/booths');
    await shown(anon.locator('.lf-booth-card').filter({ hasText: A01 }));

    const buyer = await open(LAPTOP);
    const login = await httpClient(t.url).post<{ accessToken: string; user: unknown }>('/api/auth/login', {
      email: 'buyer@demo.livefair.cn',
      password: PASSWORD,
    });
    await buyer.goto(t.url + '/');
    // The session the web UI stores after a login (see apps/web/src/auth/session.ts).
    await buyer.evaluate(
      `localStorage.setItem('livefair.token', ${JSON.stringify(login.body.accessToken)});` +
        `localStorage.setItem('livefair.user', ${JSON.stringify(JSON.stringify(login.body.user))});`,
    );
    await buyer.goto(t.url + '/my/booths');
    await shown(buyer.getByText('无权访问'));
    await shown(buyer.getByText('此页面仅对参展商开放，您当前的身份是采购商。'));
    expect(new URL(buyer.url()).pathname).toBe('/my/booths');
  });

  it('switches to English and keeps it after a reload', async () => {
    const page = await open(LAPTOP);
    await page.goto(t.url + '/');
    await shown(header(page).getByRole('menuitem', { name: '展会' }));
    await header(page).getByRole('button', { name: /English/ }).click();
    await shown(header(page).getByRole('menuitem', { name: 'Expos' }));
    await shown(header(page).getByRole('button', { name: 'Log in' }));
    await shown(page.getByRole('heading', { name: 'Cloud expos' }));
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');

    await page.reload();
    await shown(header(page).getByRole('menuitem', { name: 'Expos' }));
    await shown(page.getByRole('heading', { name: 'Cloud expos' }));
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');
    expect(await header(page).getByRole('menuitem', { name: '展会' }).count()).toBe(0);
  });

  it('fits a phone: no horizontal overflow on home, expo and booth pages; the menu opens', async () => {
    const page = await open(PHONE);
    await page.goto(t.url + '/');
    await shown(page.getByRole('heading', { name: EXPO }));
    let size = await horizontalOverflow(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);

    await header(page).getByRole('button', { name: '菜单' }).click();
    const drawer = page.locator('.lf-mobile-drawer');
    await shown(drawer.getByRole('menuitem', { name: '展会' }));
    await shown(drawer.getByRole('button', { name: '登录' }));
    await drawer.getByRole('menuitem', { name: '展会' }).click();
    await hidden(drawer);

    await page.getByRole('link', { name: new RegExp(EXPO) }).click();
    await shown(page.locator('.lf-booth-card').filter({ hasText: A01 }));
    for (const hall of HALLS) await shown(page.getByRole('button', { name: new RegExp(hall) }));
    size = await horizontalOverflow(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);

    await page.goto(`${t.url}/booths/${a01BoothId}`);
    await shown(page.getByRole('heading', { name: TSHIRT }));
    await shown(page.locator('.lf-price').first());
    size = await horizontalOverflow(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);
  });
});
