import { LiveSessionService } from '@livefair/live';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, type TestPage } from './support/browser';
import { pngBytes } from './support/catalog';
import { httpClient } from './support/http';
import { TestLiveClient } from './support/live-client';
import { newBuyer } from './support/live-fixture';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

const SHOTS = process.env.EXPO_SHOTS_DIR ?? join(__dirname, '..', 'dist', 'screenshots', 'expo-buyer');
const LAPTOP = { width: 1366, height: 800 };
const PHONE = { width: 390, height: 844 };

/**
 * Chromium on the built UI (`npm run build`), demo data on MariaDB + Redis: the organizer uploads
 * the expo's cover; buyers see it with both names on the card and the page, the live schedule and
 * the hall map's viewer count; an exhibitor reaches every page of its grouped menu at laptop and
 * phone widths and offers its card from a lead, which the buyer accepts. Screenshots of each.
 */
describe('expo for buyers in a browser (MariaDB + Redis)', () => {
  let t: TestApp;
  let browser: Browser;
  let http: ReturnType<typeof httpClient>;
  const pages: TestPage[] = [];
  const sockets: TestLiveClient[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const [app, br] = await Promise.allSettled([
      startProductionApp('expo_buyer_browser', { DEMO_DATA: 'true' }),
      launchBrowser(),
    ]);
    if (app.status === 'fulfilled') t = app.value;
    if (br.status === 'fulfilled') browser = br.value;
    for (const r of [app, br]) if (r.status === 'rejected') throw r.reason;
    http = httpClient(t.url);
  });
  afterAll(async () => {
    for (const s of sockets) s.socket.disconnect();
    for (const p of pages) await p.close();
    await browser?.close();
    await t?.close();
  });

  const login = async (email: string) => (await http.post('/api/auth/login', { email, password: demoPassword(t) })).body;

  async function open(size: { width: number; height: number }, auth?: { accessToken: string; user: unknown }, lang?: string) {
    const tp = await newPage(browser, { ...size, isMobile: size.width < 500, origin: t.url });
    pages.push(tp);
    await tp.page.addInitScript(
      ([token, user, language]) => {
        if (token) {
          localStorage.setItem('livefair.token', token);
          localStorage.setItem('livefair.user', user);
        }
        if (language) localStorage.setItem('livefair.lang', language);
      },
      [auth?.accessToken ?? '', JSON.stringify(auth?.user ?? null), lang ?? ''],
    );
    return tp;
  }
  const overflow = (page: Page) => page.evaluate<number>('document.scrollingElement.scrollWidth - window.innerWidth');
  const imageLoaded = (page: Page, testId: string) =>
    page
      .getByTestId(testId)
      .first()
      .evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth > 0);

  it('the organizer uploads the cover in the console; buyers see it and both names on the card and the page', async () => {
    const org = await login('organizer@demo.livefair.cn');
    const expo = (await http.get('/api/console/expos', org.accessToken)).body[0];
    const tp = await open(LAPTOP, org);
    await tp.page.goto(`${t.url}/console/expos/${expo.id}`);
    const upload = tp.page.waitForResponse((r) => r.url().endsWith('/api/uploads/images'));
    const saved = tp.page.waitForResponse(
      (r) => r.url().endsWith(`/api/console/expos/${expo.id}`) && r.request().method() === 'PATCH',
    );
    await tp.page
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: '封面.png', mimeType: 'image/png', buffer: pngBytes(160, 90) });
    expect((await upload).status()).toBe(201);
    expect((await saved).status()).toBe(200);
    await tp.page.getByText('封面已更新').waitFor();
    await tp.page.getByTestId('expo-cover-slot').locator('img').waitFor();
    await tp.page.screenshot({ path: join(SHOTS, 'console-cover-laptop.png') });
    const stored = (await http.get(`/api/console/expos/${expo.id}`, org.accessToken)).body;
    expect(stored.coverUrl).toMatch(/^\/api\/images\/[0-9a-f]{64}\.png$/);
    expect(tp.errors).toEqual([]);

    for (const [size, name] of [
      [LAPTOP, 'laptop'],
      [PHONE, 'phone'],
    ] as const) {
      const buyer = await open(size);
      const { page } = buyer;
      await page.goto(t.url + '/');
      const card = page.locator('.lf-expo-card').filter({ hasText: expo.name });
      await card.getByTestId('expo-cover').waitFor();
      expect(await imageLoaded(page, 'expo-cover')).toBe(true);
      // The Chinese UI leads with the Chinese name and shows the English one under it.
      expect(await card.getByTestId('expo-subtitle').innerText()).toBe(expo.nameEn);
      // Dates, halls and booths stay apart as text too ("2026/11/29 – 2026/12/294 个展馆32 个展位" was the defect).
      const facts = await card.locator('.lf-expo-facts').innerText();
      expect(facts.replace(/\s+/g, ' ')).toMatch(/\d{4}\/\d{1,2}\/\d{1,2} – \d{4}\/\d{1,2}\/\d{1,2} · \d+ 个展馆 · \d+ 个展位$/);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `home-card-${name}.png`) });
      await card.click();
      await page.waitForURL(`**/expos/${expo.id}`);
      await page.locator('.lf-expo-cover img').waitFor();
      await page.getByRole('heading', { name: expo.name }).waitFor();
      expect(await page.getByTestId('expo-subtitle').innerText()).toBe(expo.nameEn);
      const pageFacts = await page.locator('.lf-page-title .lf-expo-facts').innerText();
      expect(pageFacts.replace(/\s+/g, ' ')).toMatch(/ · \d+ 个展馆 · \d+ 个展位$/);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `expo-page-cover-${name}.png`) });
      expect(buyer.errors).toEqual([]);
    }

    // In English the English name leads and the Chinese one is the subtitle.
    const en = await open(LAPTOP, undefined, 'en');
    await en.page.goto(t.url + '/');
    const enCard = en.page.locator('.lf-expo-card').filter({ hasText: expo.nameEn });
    await enCard.getByRole('heading', { name: expo.nameEn }).waitFor();
    expect(await enCard.getByTestId('expo-subtitle').innerText()).toBe(expo.name);
    await en.page.screenshot({ path: join(SHOTS, 'home-card-en-laptop.png') });
    expect(en.errors).toEqual([]);
  });

  it('buyers see the live schedule and the live booth with its viewers on the hall map, and go watch', async () => {
    const org = await login('organizer@demo.livefair.cn');
    const expo = (await http.get('/api/console/expos', org.accessToken)).body[0];
    const hall = (await http.get(`/api/console/expos/${expo.id}/halls`, org.accessToken)).body[0];
    const booths = (await http.get(`/api/halls/${hall.id}/map`)).body.slots.filter((s: any) => s.booth);
    const start = new Date(Date.now() + 3600_000);
    start.setUTCMinutes(0, 0, 0);
    const end = new Date(start.getTime() + 3600_000);
    const entry = async (slot: any, title: string, from: Date, to: Date) =>
      (
        await http.post(
          `/api/console/expos/${expo.id}/calendar`,
          { boothId: slot.booth.id, title, startsAt: from.toISOString(), endsAt: to.toISOString() },
          org.accessToken,
        )
      ).body;
    const live = await entry(booths[0], '工厂直播：纯棉T恤现场打版', start, end);
    await entry(booths[1], '眼镜工厂探厂', new Date(start.getTime() + 1800_000), new Date(end.getTime() + 3600_000));
    await t.app.get(LiveSessionService).markLive(live.sessionId);
    for (const name of ['甲', '乙', '丙']) {
      const viewer = await newBuyer(t.url, `观众${name}`);
      const c = await TestLiveClient.connect(t.url, viewer.token);
      sockets.push(c);
      await c.request('room.join', { sessionId: live.sessionId, as: 'viewer' });
    }

    for (const [size, name] of [
      [PHONE, 'phone'],
      [LAPTOP, 'laptop'],
    ] as const) {
      const buyer = await open(size, await login('buyer@demo.livefair.cn'));
      const { page } = buyer;
      // The counts are reported once a second: reload until the map has all three.
      await page.goto(`${t.url}/expos/${expo.id}`);
      const slot = page.locator(`[data-testid="hall-map"] [data-slot-code="${booths[0].code}"]`);
      for (let i = 0; i < 20 && !(await slot.getByText('3 人在看').count()); i++) {
        await page.waitForTimeout(500);
        await page.reload();
        await slot.waitFor();
      }
      await slot.getByText('3 人在看').waitFor();
      const schedule = page.getByTestId('expo-schedule');
      await schedule.getByText('1 场直播中').waitFor();
      const entries = schedule.getByTestId('schedule-entry');
      expect(await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(['live', 'scheduled']);
      await entries.first().getByText('3 人在看').waitFor();
      await entries.nth(1).getByText('眼镜工厂探厂').waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await schedule.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `expo-schedule-${name}.png`) });
      await slot.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `expo-hall-map-live-${name}.png`) });
      if (name === 'laptop') {
        await entries.first().getByRole('button', { name: '进入直播间' }).click();
        await page.waitForURL(`**/watch/${live.sessionId}`);
      } else {
        await entries.nth(1).getByRole('button', { name: '去展位' }).click();
        await page.waitForURL(`**/booths/${booths[1].booth.id}`);
      }
      expect(buyer.errors).toEqual([]);
    }
  });

  it('the exhibitor reaches every page of its grouped menu at laptop and phone widths', async () => {
    const ex = await login('exhibitor@demo.livefair.cn');
    const groups: [string, string[]][] = [
      ['展位', ['我的展位', '企业资料']],
      ['商品与订单', ['我的产品', '外贸目录导入', '内销就绪', '订单管理', '询价管理']],
      ['客户', ['线索', '为你推荐的订单', '名片夹', '我的洽谈']],
    ];
    const laptop = await open(LAPTOP, ex);
    const { page } = laptop;
    await page.goto(t.url + '/');
    const header = page.locator('header');
    await header.getByRole('menuitem', { name: '客户', exact: true }).waitFor();
    // Nothing folds behind "…": the overflow item stays hidden.
    expect(await header.locator('.ant-menu-overflow-item-rest:not([aria-hidden="true"])').count()).toBe(0);
    for (const [group, items] of groups) {
      await header.getByRole('menuitem', { name: group, exact: true }).hover();
      const popup = page.locator('.lf-nav-popup:visible');
      for (const item of items) await popup.getByRole('menuitem', { name: item, exact: true }).waitFor();
      // The popup zooms in: shoot it once its motion classes are gone.
      await page.locator('.lf-nav-popup:visible:not([class*="zoom"])').waitFor();
      if (group === '商品与订单') await page.screenshot({ path: join(SHOTS, 'exhibitor-menu-laptop.png') });
      await page.mouse.move(10, 600);
      await popup.waitFor({ state: 'hidden' });
    }
    await header.getByRole('menuitem', { name: '客户', exact: true }).hover();
    await page.locator('.lf-nav-popup:visible').getByRole('menuitem', { name: '线索', exact: true }).click();
    await page.waitForURL('**/my/leads');
    expect(laptop.errors).toEqual([]);

    // English labels are longer; a buyer has its own groups: neither folds behind "…" either.
    for (const [who, lang, labels] of [
      [ex, 'en', ['Booth', 'Products & orders', 'Customers']],
      [await login('buyer@demo.livefair.cn'), 'zh-CN', ['我的收藏', '采购', '洽谈与名片']],
    ] as const) {
      const other = await open(LAPTOP, who, lang);
      await other.page.goto(t.url + '/');
      const top = other.page.locator('header');
      for (const label of labels) await top.getByRole('menuitem', { name: label, exact: true }).waitFor();
      expect(await top.locator('.ant-menu-overflow-item-rest:not([aria-hidden="true"])').count()).toBe(0);
      await other.page.screenshot({ path: join(SHOTS, `menu-${labels[0] === 'Booth' ? 'exhibitor-en' : 'buyer'}-laptop.png`) });
      expect(other.errors).toEqual([]);
    }

    const phone = await open(PHONE, ex);
    await phone.page.goto(t.url + '/');
    await phone.page.locator('header').getByRole('button', { name: '菜单' }).click();
    const drawer = phone.page.locator('.lf-mobile-drawer');
    for (const [group, items] of groups) {
      await drawer.getByText(group, { exact: true }).waitFor();
      for (const item of items) await drawer.getByRole('menuitem', { name: item, exact: true }).waitFor();
    }
    await phone.page.screenshot({ path: join(SHOTS, 'exhibitor-menu-phone.png') });
    await drawer.getByRole('menuitem', { name: '企业资料', exact: true }).scrollIntoViewIfNeeded();
    await drawer.getByRole('menuitem', { name: '企业资料', exact: true }).click();
    await phone.page.waitForURL('**/my/enterprise');
    expect(phone.errors).toEqual([]);
  });

  it('booth staff offer their card from a lead; the buyer accepts in 名片夹 and both see each other', async () => {
    const ex = await login('exhibitor@demo.livefair.cn');
    const buyer = await newBuyer(t.url, '孙采购');
    await http.put('/api/my/card', { name: '孙采购', company: '苏州优选商贸', phone: '13700137000' }, buyer.token);
    await http.put('/api/my/card', { name: '李娜', title: '外贸经理', wechat: 'lina_sales' }, ex.accessToken);
    const booth = (await http.get('/api/my/booths', ex.accessToken)).body[0];
    const res = await fetch(`${t.url}/api/booth-inquiries`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${buyer.token}`,
        'content-type': 'application/json',
        'idempotency-key': 'offer-browser-1',
      },
      body: JSON.stringify({
        boothId: booth.id,
        message: '想了解起订量和打样。',
        contact: { name: '孙采购', phone: '13700137000' },
      }),
    });
    expect(res.status).toBe(201);
    const lead = await res.json();

    const staff = await open(LAPTOP, ex);
    await staff.page.goto(`${t.url}/my/leads/${lead.id}`);
    await staff.page.getByRole('button', { name: '递名片给该采购商' }).click();
    await staff.page.getByText('已递出名片，等待采购商回应。').waitFor();
    await staff.page.screenshot({ path: join(SHOTS, 'lead-card-offer-laptop.png'), fullPage: true });
    expect(staff.errors).toEqual([]);
    const staffPhone = await open(PHONE, ex);
    await staffPhone.page.goto(`${t.url}/my/leads/${lead.id}`);
    await staffPhone.page.getByTestId('card-offer').waitFor();
    expect(await overflow(staffPhone.page)).toBeLessThanOrEqual(0);
    await staffPhone.page.screenshot({ path: join(SHOTS, 'lead-card-offer-phone.png'), fullPage: true });
    expect(staffPhone.errors).toEqual([]);

    const me = await open(PHONE, { accessToken: buyer.token, user: (await http.get('/api/auth/me', buyer.token)).body });
    await me.page.goto(`${t.url}/my/cards`);
    const offer = me.page.locator('[data-testid="card-exchange"][data-initiated-by="staff"]');
    await offer.getByText('向您递名片').waitFor();
    await me.page.screenshot({ path: join(SHOTS, 'cards-offer-phone.png'), fullPage: true });
    await offer.getByTestId('card-accept').click();
    await offer.getByText('已交换').waitFor();
    await offer.getByText('lina_sales').waitFor();
    expect(await overflow(me.page)).toBeLessThanOrEqual(0);
    await me.page.screenshot({ path: join(SHOTS, 'cards-accepted-phone.png'), fullPage: true });
    expect(me.errors).toEqual([]);

    await staff.page.goto(`${t.url}/my/cards`);
    const mine = staff.page.locator('[data-testid="card-exchange"][data-initiated-by="staff"]').filter({ hasText: '孙采购' });
    await mine.getByText('13700137000').waitFor();
    await staff.page.screenshot({ path: join(SHOTS, 'cards-staff-laptop.png'), fullPage: true });
    expect(staff.errors).toEqual([]);
  });
});
