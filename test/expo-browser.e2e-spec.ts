import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, type TestPage } from './support/browser';
import { httpClient } from './support/http';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

const SHOTS = process.env.EXPO_SHOTS_DIR ?? join(__dirname, '..', 'dist', 'screenshots', 'expo');

/**
 * The hall map in Chromium against the built web UI (`npm run build`), on the demo expo: the
 * organizer drags a slot (it persists; a drag onto another slot is refused and snaps back), and a
 * buyer opens the hall map and clicks into a booth. Screenshots at laptop and phone widths.
 */
describe('expo hall map in a browser (MariaDB + Redis)', () => {
  let t: TestApp;
  let browser: Browser;
  const pages: TestPage[] = [];
  let http: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const [app, br] = await Promise.allSettled([startProductionApp('expo_browser', { DEMO_DATA: 'true' }), launchBrowser()]);
    if (app.status === 'fulfilled') t = app.value;
    if (br.status === 'fulfilled') browser = br.value;
    for (const r of [app, br]) if (r.status === 'rejected') throw r.reason;
    http = httpClient(t.url);
  });
  afterAll(async () => {
    for (const p of pages) await p.close();
    await browser?.close();
    await t?.close();
  });

  async function signedIn(email: string, width: number, height: number): Promise<{ tp: TestPage; token: string }> {
    const login = await http.post('/api/auth/login', { email, password: demoPassword(t) });
    const tp = await newPage(browser, { width, height, isMobile: width < 500, origin: t.url });
    pages.push(tp);
    await tp.page.addInitScript(
      ([token, user]) => {
        localStorage.setItem('livefair.token', token);
        localStorage.setItem('livefair.user', user);
      },
      [login.body.accessToken, JSON.stringify(login.body.user)],
    );
    return { tp, token: login.body.accessToken };
  }

  /** Drags the slot's body by whole cells with the mouse, as a person would. */
  async function dragSlot(page: Page, code: string, cells: { dx: number; dy: number }, cols: number): Promise<void> {
    const grid = await page.getByTestId('hall-map-editor').boundingBox();
    const slot = await page.locator(`[data-slot-code="${code}"] .lf-slot-body`).boundingBox();
    const cell = grid!.width / cols;
    const from = { x: slot!.x + cell * 0.6, y: slot!.y + cell * 0.6 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) {
      await page.mouse.move(from.x + (cells.dx * cell * i) / 8, from.y + (cells.dy * cell * i) / 8);
    }
    await page.mouse.up();
  }

  /** Opens a console tab: clicked at laptop width; on a phone (tabs that do not fit are behind "more") by its link. */
  async function openTab(page: Page, expoId: string, key: string, name: string, phone: boolean): Promise<void> {
    if (phone) await page.goto(`${t.url}/console/expos/${expoId}?tab=${key}`);
    else await page.getByRole('tab', { name }).click();
  }

  const pos = (page: Page, code: string) => page.locator(`[data-slot-code="${code}"]`).getAttribute('data-slot-pos');

  it('the organizer drags a slot on the hall map and it persists; an overlapping drop is refused (laptop)', async () => {
    const { tp, token } = await signedIn('organizer@demo.livefair.cn', 1366, 800);
    const { page } = tp;
    const expo = (await http.get('/api/console/expos', token)).body[0];
    const hall = (await http.get(`/api/console/expos/${expo.id}/halls`, token)).body[0];
    expect(hall.gridCols).toBe(10);

    await page.goto(`${t.url}/console/expos/${expo.id}`);
    await page.getByRole('tab', { name: '展馆与展位图' }).click();
    await page.getByTestId('hall-map-editor').waitFor({ timeout: 15_000 });
    expect(await pos(page, 'A01')).toBe('0,0,2,2');

    // Into the aisle: four cells right.
    const saved = page.waitForResponse((r) => r.url().includes('/api/console/slots/') && r.request().method() === 'PATCH');
    await dragSlot(page, 'A01', { dx: 4, dy: 0 }, hall.gridCols);
    expect((await saved).status()).toBe(200);
    await page.waitForFunction(
      () => document.querySelector('[data-slot-code="A01"]')?.getAttribute('data-slot-pos') === '4,0,2,2',
    );
    const map = (await http.get(`/api/console/halls/${hall.id}/map`, token)).body;
    expect(map.slots.find((s: any) => s.code === 'A01')).toMatchObject({ x: 4, y: 0, w: 2, h: 2 });

    // Onto A03: refused by the server, shown, and the slot snaps back.
    const refused = page.waitForResponse((r) => r.url().includes('/api/console/slots/') && r.request().method() === 'PATCH');
    await dragSlot(page, 'A02', { dx: 4, dy: 0 }, hall.gridCols);
    expect((await refused).status()).toBe(409);
    await page.getByText('展位与其他展位重叠').waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-slot-code="A02"]')?.getAttribute('data-slot-pos') === '2,0,2,2',
    );
    expect(await page.locator('[data-slot-code="A02"]').getAttribute('style')).toContain('left: 20%');

    // After a reload the map is what the server kept.
    await page.reload();
    await page.getByRole('tab', { name: '展馆与展位图' }).click();
    await page.getByTestId('hall-map-editor').waitFor();
    expect([await pos(page, 'A01'), await pos(page, 'A02')]).toEqual(['4,0,2,2', '2,0,2,2']);
    await page.screenshot({ path: join(SHOTS, 'console-hall-map-laptop.png'), fullPage: true });
    // The refused drop is the browser's one logged failure (its 409); nothing else went wrong.
    expect(tp.errors).toEqual([expect.stringMatching(/status of 409 .*\/api\/console\/slots\//)]);
  });

  it('a buyer opens the hall map and clicks into a booth (phone, then laptop)', async () => {
    for (const [width, height, name] of [
      [390, 844, 'phone'],
      [1366, 800, 'laptop'],
    ] as const) {
      const { tp } = await signedIn('buyer@demo.livefair.cn', width, height);
      const { page } = tp;
      const expo = (await http.get('/api/expos')).body[0];
      await page.goto(`${t.url}/expos/${expo.id}`);
      await page.getByTestId('hall-map').waitFor({ timeout: 15_000 });
      await page.getByTestId('expo-announcements').count(); // none published yet: no banner, no error
      const overflow = await page.evaluate<number>('document.scrollingElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `expo-hall-map-${name}.png`), fullPage: true });
      const slot = page.locator('[data-testid="hall-map"] [data-slot-code="A03"] a');
      const enterprise = await slot.getAttribute('title');
      await slot.click();
      await page.waitForURL(/\/booths\/[0-9a-f-]{36}$/);
      await page.getByText(enterprise!).first().waitFor();
      if (name === 'phone') await page.screenshot({ path: join(SHOTS, 'booth-from-map-phone.png') });
      expect(tp.errors).toEqual([]);
    }
  });

  it("the console's tabs at phone and laptop widths: each renders, nothing overflows; the announcement reaches the expo page", async () => {
    const org = await signedIn('organizer@demo.livefair.cn', 390, 844);
    const expo = (await http.get('/api/console/expos', org.token)).body[0];
    const ex = (
      await http.post('/api/auth/register', {
        email: `browser-ex-${Date.now()}@example.cn`,
        password: 'exhibitor-pass-1',
        displayName: '展商',
        role: 'exhibitor',
        enterpriseName: '义乌小商品联合工厂',
      })
    ).body;
    // The exhibitor applies from the expo page.
    const exTab = await newPage(browser, { width: 390, height: 844, isMobile: true, origin: t.url });
    pages.push(exTab);
    await exTab.page.addInitScript(
      ([token, user]) => {
        localStorage.setItem('livefair.token', token);
        localStorage.setItem('livefair.user', user);
      },
      [ex.accessToken, JSON.stringify(ex.user)],
    );
    await exTab.page.goto(`${t.url}/expos/${expo.id}`);
    await exTab.page.getByTestId('apply').click();
    await exTab.page.getByPlaceholder('介绍主营产品').fill('申请入驻家居馆');
    await exTab.page.getByRole('button', { name: '提交申请' }).click();
    await exTab.page.getByTestId('my-application').getByText('参展申请：待审核').waitFor({ timeout: 15_000 });
    await exTab.page.screenshot({ path: join(SHOTS, 'expo-applied-phone.png') });
    expect(exTab.errors).toEqual([]);
    const applied = (await http.get('/api/my/applications', ex.accessToken)).body;
    expect(applied.map((a: any) => [a.expoId, a.status, a.message])).toEqual([[expo.id, 'pending', '申请入驻家居馆']]);
    const hall = (await http.get(`/api/console/expos/${expo.id}/halls`, org.token)).body[0];
    const booth = (await http.get(`/api/console/halls/${hall.id}/map`, org.token)).body.slots[0].booth;
    const start = new Date(Date.now() + 3600_000);
    start.setUTCMinutes(0, 0, 0);
    const end = new Date(start.getTime() + 3600_000);
    const body = { boothId: booth.id, title: '工厂直播：新品首发', startsAt: start.toISOString(), endsAt: end.toISOString() };
    expect((await http.post(`/api/console/expos/${expo.id}/calendar`, body, org.token)).status).toBe(201);
    const second = (await http.get(`/api/console/halls/${hall.id}/map`, org.token)).body.slots[1].booth;
    const later = {
      ...body,
      boothId: second.id,
      title: '眼镜工厂探厂',
      startsAt: new Date(start.getTime() + 1800_000).toISOString(),
      endsAt: new Date(end.getTime() + 3600_000).toISOString(),
    };
    expect((await http.post(`/api/console/expos/${expo.id}/calendar`, later, org.token)).status).toBe(201);
    expect(
      (await http.post(`/api/console/expos/${expo.id}/announcements`, { title: '今晚 8 点集中直播' }, org.token)).status,
    ).toBe(201);

    for (const [tp, name] of [
      [org.tp, 'phone'],
      [(await signedIn('organizer@demo.livefair.cn', 1366, 800)).tp, 'laptop'],
    ] as const) {
      const { page } = tp;
      await page.goto(`${t.url}/console/expos/${expo.id}`);
      for (const [key, tab, probe] of [
        ['categories', '展品类目', '61.01'],
        ['applications', '参展申请', '义乌小商品联合工厂'],
        ['calendar', '直播日程', '工厂直播：新品首发'],
        ['announcements', '公告', '今晚 8 点集中直播'],
        ['basics', '基本信息', '展会名称'],
      ] as const) {
        await openTab(page, expo.id, key, tab, name === 'phone');
        await page.getByText(probe).first().waitFor({ timeout: 15_000 });
        const overflow = await page.evaluate<number>('document.scrollingElement.scrollWidth - window.innerWidth');
        expect([tab, overflow]).toEqual([tab, expect.any(Number)]);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(SHOTS, `console-${tab}-${name}.png`), fullPage: true });
      }
      expect(tp.errors).toEqual([]);
    }

    const buyer = await signedIn('buyer@demo.livefair.cn', 390, 844);
    await buyer.tp.page.goto(`${t.url}/expos/${expo.id}`);
    await buyer.tp.page.getByTestId('expo-announcements').getByText('今晚 8 点集中直播').waitFor({ timeout: 15_000 });
    await buyer.tp.page.screenshot({ path: join(SHOTS, 'expo-announcement-phone.png') });
    expect(buyer.tp.errors).toEqual([]);
  });

  it('the organizer creates an expo from the console list (phone): wall times in its zone, stored UTC', async () => {
    const { tp, token } = await signedIn('organizer@demo.livefair.cn', 390, 844);
    const { page } = tp;
    await page.goto(`${t.url}/console`);
    await page.getByRole('button', { name: '新建展会' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('展会名称').fill('2027 春季家居云展');
    await dialog.getByTestId('expo-starts').fill('2027-03-01T09:00');
    await dialog.getByTestId('expo-ends').fill('2027-02-01T18:00');
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.getByText('闭幕时间必须晚于开幕时间').waitFor();
    await dialog.getByTestId('expo-ends').fill('2027-03-10T18:00');
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/\/console\/expos\/[0-9a-f-]{36}$/);
    await page.getByText('草稿仅主办方可见').waitFor();
    const created = (await http.get('/api/console/expos', token)).body.find((e: any) => e.name === '2027 春季家居云展');
    expect(created).toMatchObject({
      status: 'draft',
      startsAt: '2027-03-01T01:00:00.000Z',
      endsAt: '2027-03-10T10:00:00.000Z',
      timeZone: 'Asia/Shanghai',
    });
    await page.goto(`${t.url}/console`);
    await page.getByText('2027 春季家居云展').waitFor();
    const overflow = await page.evaluate<number>('document.scrollingElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'console-list-phone.png'), fullPage: true });
    // The refused create is the one failed request the browser logged.
    expect(tp.errors).toEqual([expect.stringMatching(/status of 400 .*\/api\/console\/expos/)]);
  });
});
