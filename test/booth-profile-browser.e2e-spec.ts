import { LiveSessionService } from '@livefair/live';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, type TestPage } from './support/browser';
import { boothWorld, BoothWorld, Who } from './support/booth-fixture';
import { pngBytes, uploadImage } from './support/catalog';

const SHOTS = join(__dirname, '..', 'test-results', 'booth-browser');
const LAPTOP = { width: 1366, height: 800 };
const PHONE = { width: 390, height: 844, isMobile: true };

/**
 * In Chromium against the built web UI (`npm run build`): the exhibitor edits its booth profile;
 * a buyer finds the booth by a Chinese word on the search page, opens it, sees its profile,
 * favourites it, and sees the live player once the booth goes live. Screenshots at phone and
 * laptop widths go to test-results/booth-browser/.
 */
describe('booth page, search and editors in a browser (MariaDB + Redis)', () => {
  let w: BoothWorld;
  let browser: Browser;
  const pages: TestPage[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const [world, br] = await Promise.allSettled([boothWorld('booth_browser'), launchBrowser()]);
    if (world.status === 'fulfilled') w = world.value;
    if (br.status === 'fulfilled') browser = br.value;
    for (const r of [world, br]) if (r.status === 'rejected') throw r.reason;
    const logo = (await uploadImage(w.t.url, w.staff.token, pngBytes(96, 96, 0, [212, 56, 13]))).body.key;
    const banner = (await uploadImage(w.t.url, w.staff.token, pngBytes(800, 200, 0, [255, 200, 160]))).body.key;
    const products = (await w.http.get(`/api/booths/${w.boothId}`)).body.products.map((p: { id: string }) => p.id);
    const put = await w.http.put(
      `/api/booths/${w.boothId}/profile`,
      {
        logoKey: logo,
        bannerKey: banner,
        introZh: '喜鹊牌纯棉针织，宁波源头工厂，二十年出口欧美品牌经验。\n支持小单快反，7 天出样。',
        introEn: 'MagpieKnit: cotton knitwear from a Ningbo source factory.',
        videoUrl: 'https://video.example.cn/tour.mp4',
        showcase: [products[1]],
        certifications: [{ code: 'OEKOTEX', number: 'OT-2024-88', validUntil: '2027-06-30' }],
        badges: ['source-factory', 'specialised', 'export-to-domestic'],
        contacts: [
          { userId: w.staff.userId, name: '陈店长', title: '外贸部经理', phone: '+86 138 0013 8000', wechat: 'chen_knit88' },
        ],
      },
      w.staff.token,
    );
    expect(put.status).toBe(200);
    const ent = await w.http.put(
      '/api/my/enterprise/profile',
      {
        province: '330000',
        city: '宁波市',
        categories: ['TEX-KNIT'],
        monthlyCapacity: 200000,
        capacityUnit: '件',
        oem: true,
        odm: true,
        vatSpecialInvoice: true,
        exportMarkets: ['US', 'DE', 'JP'],
        certifications: [{ code: 'BSCI', number: 'DBID-1234', validUntil: null }],
      },
      w.staff.token,
    );
    expect(ent.status).toBe(200);
  });
  afterAll(async () => {
    for (const p of pages) await p.close();
    await browser?.close();
    await w?.t.close();
  });

  async function open(who: Who | null, size: typeof LAPTOP | typeof PHONE, path: string): Promise<TestPage> {
    const tp = await newPage(browser, { ...size, origin: w.t.url });
    pages.push(tp);
    if (who) {
      const me = (await w.http.get('/api/auth/me', who.token)).body;
      await tp.page.addInitScript(
        ([token, user]) => {
          localStorage.setItem('livefair.token', token);
          localStorage.setItem('livefair.user', user);
        },
        [who.token, JSON.stringify(me)],
      );
    }
    await tp.page.goto(`${w.t.url}${path}`);
    return tp;
  }
  /** The whole page from the top (a sticky header would otherwise be drawn where the page was scrolled to). */
  const shoot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };
  /** A viewport-sized picture with the element scrolled to the top (long phone pages are unreadable whole). */
  const shootAt = async (page: Page, name: string, testId: string) => {
    await page
      .getByTestId(testId)
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  };
  /** Nothing wider than the viewport (no sideways scrolling). */
  const noOverflow = async (page: Page) =>
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);

  it('the exhibitor edits the booth profile and the company profile', async () => {
    for (const [size, name] of [
      [LAPTOP, 'laptop'],
      [PHONE, 'phone'],
    ] as const) {
      const { page, errors } = await open(w.staff, size, `/my/booths/${w.boothId}/profile`);
      const form = page.getByTestId('booth-profile-form');
      await form.getByLabel('中文介绍').waitFor({ timeout: 15_000 });
      expect(await form.getByLabel('中文介绍').inputValue()).toContain('喜鹊牌');
      await form.getByLabel('中文介绍').fill(`喜鹊牌纯棉针织（${name} 改过）`);
      await page.getByTestId('video-url').fill('ftp://nope');
      await page.getByTestId('save-booth-profile').click();
      await page.getByText('以 http:// 或 https:// 开头的视频地址').first().waitFor();
      await page.getByTestId('video-url').fill('https://video.example.cn/tour.mp4');
      await page.getByTestId('save-booth-profile').click();
      await page.getByText('已保存').waitFor();
      expect((await w.http.get(`/api/booths/${w.boothId}/profile`)).body.introZh).toBe(`喜鹊牌纯棉针织（${name} 改过）`);
      await noOverflow(page);
      await shoot(page, `editor-${name}`);
      if (name === 'phone') await shootAt(page, 'editor-phone-contacts', 'contact-row');
      await page.goto(`${w.t.url}/my/enterprise`);
      await page.getByTestId('enterprise-form').getByText('浙江省').waitFor({ timeout: 15_000 });
      await noOverflow(page);
      await shoot(page, `enterprise-${name}`);
      expect(errors).toEqual([]);
    }
  });

  it('a buyer finds the booth by a Chinese word, opens it, favourites it and sees the player when it goes live', async () => {
    const buyer = await w.newBuyer('browser');
    const { page, errors } = await open(buyer, PHONE, '/search');
    await page.getByTestId('search-input').locator('input').fill('喜鹊');
    await page.getByTestId('search-input').locator('input').press('Enter');
    await page.getByTestId('search-booth').first().waitFor({ timeout: 15_000 });
    // The list may still be replacing the unfiltered results: wait for the filtered one to settle.
    let count = 0;
    for (let i = 0; i < 50 && (count = await page.getByTestId('search-booth').count()) !== 1; i++) await page.waitForTimeout(200);
    expect(count).toBe(1);
    await page.getByTestId('search-booth').getByText('源头工厂').waitFor();
    await noOverflow(page);
    await shoot(page, 'search-phone');

    await page.getByTestId('search-booth').first().click();
    await page.getByTestId('booth-hero').waitFor();
    expect(await page.getByTestId('booth-badge').allTextContents()).toEqual(['源头工厂', '专精特新', '外贸转内销']);
    await page.getByTestId('booth-intro').getByText('宁波市').waitFor();
    await page.getByTestId('booth-contacts').getByText('chen_knit88').waitFor();
    await page.getByTestId('booth-certifications').getByText('OEKO-TEX 纺织品', { exact: false }).waitFor();
    expect(await page.getByTestId('booth-showcase').locator('.lf-product-card, .ant-card').count()).toBeGreaterThan(0);
    await page.getByTestId('favourite-booth').click();
    await page.getByTestId('favourite-booth').getByText('已收藏').waitFor();
    expect((await w.http.get(`/api/booths/${w.boothId}/favourite`, buyer.token)).body.favourite).toBe(true);
    await noOverflow(page);
    await shootAt(page, 'booth-phone-top', 'booth-hero');
    await shootAt(page, 'booth-phone-about', 'booth-intro');
    await shootAt(page, 'booth-phone-contacts', 'booth-contacts');
    await shootAt(page, 'booth-phone-showcase', 'booth-showcase');

    // The booth goes live: the booth page plays it inline.
    const now = Date.now();
    const principal = {
      userId: w.staff.userId,
      role: 'exhibitor' as const,
      enterpriseId: w.staff.enterpriseId,
      displayName: '陈店长',
      issuedAt: now,
      expiresAt: now + 3_600_000,
    };
    const sessions = w.t.app.get(LiveSessionService);
    const s = await sessions.create(principal, w.boothId, { title: '新品首发直播' });
    await sessions.markLive(s.id);
    const laptop = await open(buyer, LAPTOP, `/booths/${w.boothId}`);
    await laptop.page.getByTestId('booth-live-player').waitFor({ timeout: 15_000 });
    await laptop.page.getByTestId('booth-live-player').getByText('新品首发直播').waitFor();
    await laptop.page.getByTestId('favourite-booth').getByText('已收藏').waitFor();
    await noOverflow(laptop.page);
    await shoot(laptop.page, 'booth-live-laptop');

    await laptop.page.goto(`${w.t.url}/search?live=true`);
    await laptop.page.getByTestId('search-booth').first().waitFor({ timeout: 15_000 });
    expect(await laptop.page.getByTestId('search-booth').count()).toBe(1);
    await shoot(laptop.page, 'search-live-laptop');
    await laptop.page.goto(`${w.t.url}/my/favourites`);
    await laptop.page.getByTestId('favourite-item').first().waitFor({ timeout: 15_000 });
    await shoot(laptop.page, 'favourites-laptop');
    await sessions.end(s.id);
    expect(errors).toEqual([]);
    expect(laptop.errors).toEqual([]);
  });

  it('reads in English too: no raw text keys on the booth, search and editor pages', async () => {
    const buyer = await w.newBuyer('english');
    for (const [who, path, ready, name] of [
      [buyer, `/booths/${w.boothId}`, 'booth-hero', 'booth-en-laptop'],
      [buyer, '/search?q=MagpieKnit', 'search-booth', 'search-en-laptop'],
      [w.staff, `/my/booths/${w.boothId}/profile`, 'booth-profile-form', 'editor-en-laptop'],
    ] as const) {
      const tp = await newPage(browser, { ...LAPTOP, origin: w.t.url });
      pages.push(tp);
      const me = (await w.http.get('/api/auth/me', who.token)).body;
      await tp.page.addInitScript(
        ([token, user]) => {
          localStorage.setItem('livefair.token', token);
          localStorage.setItem('livefair.user', user);
          localStorage.setItem('livefair.lang', 'en');
        },
        [who.token, JSON.stringify(me)],
      );
      await tp.page.goto(`${w.t.url}${path}`);
      await tp.page.getByTestId(ready).first().waitFor({ timeout: 15_000 });
      // The badges' labels come from GET /api/booth-vocabulary: wait for one, not for 'networkidle'
      // (on a slow machine that state was reached while the bundle still ran, before any request).
      if (name === 'booth-en-laptop')
        await tp.page.getByTestId('booth-badge').filter({ hasText: 'Source factory' }).waitFor({ timeout: 15_000 });
      await tp.page.waitForLoadState('networkidle');
      const text = await tp.page.locator('body').innerText();
      expect(text).not.toMatch(/\bbooths\.[a-zA-Z]/);
      if (name === 'booth-en-laptop') {
        expect(text).toContain('Source factory');
        expect(text).toContain('Favourite');
      }
      await shoot(tp.page, name);
      expect(tp.errors).toEqual([]);
    }
  });
});
