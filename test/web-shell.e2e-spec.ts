import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, newPage, type PageOptions, type TestPage } from './support/browser';
import { httpClient } from './support/http';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

/** The built web UI (dist/web) served by the real all-in-one server, driven by a real Chromium. */
describe('web shell in Chromium (MariaDB + Redis, demo expo)', () => {
  const EXPO = '2026 中国出口转内销云展';
  const HALLS = ['服装纺织馆', '光学眼镜馆', '消费电子馆', '家居家具馆'];
  const A01 = '宁波申洲针织有限公司';
  const TSHIRT = '纯棉圆领T恤（出口转内销款）';
  const LAPTOP: PageOptions = { width: 1366, height: 800 };
  const PHONE: PageOptions = { width: 390, height: 844, isMobile: true };

  let t: TestApp;
  let browser: Browser;
  let a01BoothId: string;
  let opened: TestPage[] = [];

  beforeAll(async () => {
    // Boot both at once; keep whichever started so afterAll can close it if the other failed.
    const [app, br] = await Promise.allSettled([startProductionApp('web_shell', { DEMO_DATA: 'true' }), launchBrowser()]);
    if (app.status === 'fulfilled') t = app.value;
    if (br.status === 'fulfilled') browser = br.value;
    for (const r of [app, br]) if (r.status === 'rejected') throw r.reason;
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

  /** Waits (10 s at most) until the one element the locator names is visible / gone. */
  const shown = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: 10_000 });
  const hidden = (locator: Locator) => locator.waitFor({ state: 'hidden', timeout: 10_000 });
  const header = (page: Page) => page.getByRole('banner');
  const form = (page: Page) => page.locator('form');

  /**
   * Opens a header submenu as a laptop user does, by hovering its title; hovers again (after moving
   * away) when the popup has not shown within 3 s. Right after a login the header re-renders with the
   * role's links, and a popup opened just before is dropped while the pointer stays still (seen once
   * in CI: the click on the title never showed the popup).
   */
  async function openSubmenu(page: Page, title: string): Promise<Locator> {
    const popup = page.locator('.lf-nav-popup:visible');
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(5, 300);
      await header(page).getByRole('menuitem', { name: title, exact: true }).hover();
      try {
        await popup.waitFor({ state: 'visible', timeout: 3_000 });
        return popup;
      } catch (err) {
        if (attempt === 5) throw err;
      }
    }
  }

  async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
    // A string expression: the test program is compiled without the DOM library.
    return page.evaluate<{ scrollWidth: number; innerWidth: number }>(
      '({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth })',
    );
  }

  async function loginThroughForm(page: Page, email: string): Promise<void> {
    await form(page).getByLabel('邮箱').fill(email);
    await form(page).getByLabel('密码').fill(demoPassword(t));
    await form(page).getByRole('button', { name: '登录' }).click();
  }

  it('serves the UI gzip-compressed, with hashed bundles cached for a year and index.html revalidated', async () => {
    const index = await fetch(`${t.url}/watch/00000000-0000-4000-8000-000000000000`, {
      headers: { accept: 'text/html', 'accept-encoding': 'gzip' },
    });
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const stylesheet = /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/.exec(await index.text())?.[1];
    expect(stylesheet).toMatch(/^\/assets\/.+\.css$/);
    const asset = await fetch(`${t.url}${stylesheet}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('browses home → expo → hall → booth and shows products with prices in yuan', async () => {
    const page = await open(LAPTOP);
    await page.goto(t.url + '/');
    // The card's dates, hall count and booth count are apart, not run together ("2026/12/294 个展馆32 个展位").
    await shown(page.getByText('4 个展馆'));
    const facts = await page
      .getByText(/个展馆$|个展位$|\d{4}\/\d+\/\d+$/)
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
    expect(facts).toHaveLength(3);
    for (let i = 1; i < facts.length; i++) expect(facts[i].left - facts[i - 1].right).toBeGreaterThanOrEqual(8);
    await page.getByRole('link', { name: new RegExp(EXPO) }).click();
    await page.waitForURL(/\/expos\/[0-9a-f-]{36}/);
    await shown(page.getByRole('heading', { name: EXPO }));
    for (const hall of HALLS) await shown(page.getByRole('tab', { name: new RegExp(hall) }));

    // Another hall shows its own booths only; back in the textile hall, A01's enterprise is there.
    await page.getByRole('tab', { name: new RegExp(HALLS[1]) }).click();
    // Its booth card (the hall map above the cards names the enterprise too).
    await shown(page.locator('.lf-booth-card').filter({ hasText: '丹阳明月光学眼镜有限公司' }));
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

  it('logs the buyer in through the form, keeps the session across a reload, shows 403 on exhibitor pages, and logs out', async () => {
    const page = await open(LAPTOP);
    await page.goto(t.url + '/login');
    await loginThroughForm(page, 'buyer@demo.livefair.cn');
    await page.waitForURL(t.url + '/');
    await shown(header(page).getByText('王采购'));
    expect(await header(page).getByRole('menuitem', { name: '我的展位' }).count()).toBe(0);

    await page.goto(t.url + '/my/booths');
    await shown(page.getByText('无权访问'));
    await shown(page.getByText('此页面仅对参展商开放，您当前的身份是采购商。'));
    expect(new URL(page.url()).pathname).toBe('/my/booths');
    await shown(header(page).getByText('王采购')); // survived the full page load

    await header(page)
      .getByRole('button', { name: /王采购/ })
      .click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await shown(header(page).getByRole('button', { name: '登录' }));
    expect(await header(page).getByText('王采购').count()).toBe(0);
    await page.reload();
    await shown(header(page).getByRole('button', { name: '登录' }));
    expect(await header(page).getByText('王采购').count()).toBe(0);
  });

  it('registers an exhibitor with its enterprise, shows 我的展位; anonymous visitors go to /login and come back', async () => {
    const page = await open(LAPTOP);
    const email = `ex${Date.now()}@example.cn`;
    await page.goto(t.url + '/register');
    // antd's radio buttons hide the <input>; a user clicks the label.
    await form(page)
      .locator('label')
      .filter({ hasText: /^参展商$/ })
      .click();
    expect(await form(page).getByRole('radio', { name: '参展商' }).isChecked()).toBe(true);
    await form(page).getByLabel('企业名称').fill('义乌小商品工厂 🏭');
    await form(page).getByLabel('显示名称').fill('陈厂长');
    await form(page).getByLabel('邮箱').fill(email);
    await form(page).getByLabel('密码').fill('correct horse 1');
    await form(page).getByRole('button', { name: '注册' }).click();
    await page.waitForURL(t.url + '/');
    await shown(header(page).getByText('陈厂长'));
    // The exhibitor's pages are grouped: 我的展位 is in the 展位 submenu.
    await (await openSubmenu(page, '展位')).getByRole('menuitem', { name: '我的展位' }).click();
    await page.waitForURL('**/my/booths');
    await shown(page.getByText('您的企业还没有分配展位，请联系展会主办方。'));
    const http = httpClient(t.url);
    const login = await http.post<{ user: { role: string; enterpriseId: string | null } }>('/api/auth/login', {
      email,
      password: 'correct horse 1',
    });
    expect(login.body.user).toMatchObject({ role: 'exhibitor', enterpriseId: expect.stringMatching(/^[0-9a-f-]{36}$/) });

    // Logged out, the guarded page sends the visitor to /login, and back after logging in.
    await header(page)
      .getByRole('button', { name: /陈厂长/ })
      .click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await shown(header(page).getByRole('button', { name: '登录' }));
    await page.goto(t.url + '/my/booths');
    await page.waitForURL('**/login');
    await loginThroughForm(page, 'exhibitor@demo.livefair.cn');
    await page.waitForURL('**/my/booths');
    await shown(page.locator('.lf-booth-card').filter({ hasText: A01 }));
  });

  it('switches to English and keeps it after a reload', async () => {
    const page = await open(LAPTOP);
    await page.goto(t.url + '/');
    await shown(header(page).getByRole('menuitem', { name: '展会' }));
    await header(page)
      .getByRole('button', { name: /English/ })
      .click();
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
    // Mobile Chromium widens the layout viewport (innerWidth) to fit overflowing content, so also
    // compare with the device width itself.
    const expectNoOverflow = async () => {
      const { scrollWidth, innerWidth } = await horizontalOverflow(page);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    };
    await page.goto(t.url + '/');
    await shown(page.getByRole('heading', { name: EXPO }));
    await expectNoOverflow();

    await header(page).getByRole('button', { name: '菜单' }).click();
    const drawer = page.locator('.lf-mobile-drawer');
    await shown(drawer.getByRole('menuitem', { name: '展会' }));
    await shown(drawer.getByRole('button', { name: '登录' }));
    await drawer.getByRole('menuitem', { name: '展会' }).click();
    await hidden(drawer);

    await page.getByRole('link', { name: new RegExp(EXPO) }).click();
    const card = page.locator('.lf-booth-card').filter({ hasText: A01 });
    await shown(card);
    for (const hall of HALLS) await shown(page.getByRole('button', { name: new RegExp(hall) }));
    await expectNoOverflow();

    await card.click();
    await page.waitForURL(`**/booths/${a01BoothId}`);
    await shown(page.getByRole('heading', { name: TSHIRT }));
    await shown(page.locator('.lf-price').first());
    await expectNoOverflow();
  });
});
