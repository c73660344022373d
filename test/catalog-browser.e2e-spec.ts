import type { Browser } from 'playwright-core';
import { pngBytes } from './support/catalog';
import { launchBrowser, newPage, type TestPage } from './support/browser';
import { httpClient } from './support/http';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

/**
 * The exhibitor's catalog pages in Chromium against the built web UI (`npm run build`): a product
 * made through the form (an uploaded picture, yuan prices, three tier rows) reaches the booth.
 */
describe('catalog pages in a browser (MariaDB + Redis)', () => {
  let t: TestApp;
  let browser: Browser;
  let tp: TestPage | null = null;

  beforeAll(async () => {
    const [app, br] = await Promise.allSettled([startProductionApp('catalog_browser', { DEMO_DATA: 'true' }), launchBrowser()]);
    if (app.status === 'fulfilled') t = app.value;
    if (br.status === 'fulfilled') browser = br.value;
    for (const r of [app, br]) if (r.status === 'rejected') throw r.reason;
  });
  afterAll(async () => {
    await tp?.close();
    await browser?.close();
    await t?.close();
  });

  it('makes a product through the form, shows rule problems in place, publishes it to the booth (phone width)', async () => {
    const http = httpClient(t.url);
    const login = await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) });
    tp = await newPage(browser, { width: 390, height: 844, isMobile: true, origin: t.url });
    const { page } = tp;
    await page.addInitScript(
      ([token, user]) => {
        localStorage.setItem('livefair.token', token);
        localStorage.setItem('livefair.user', user);
      },
      [login.body.accessToken, JSON.stringify(login.body.user)],
    );
    await page.goto(`${t.url}/my/products`);
    await page.getByTestId('product-row').first().waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('product-row').count()).toBe(2);
    await page.getByTestId('new-product').click();

    await page.getByTestId('product-name').fill('浏览器测试：防蓝光镜片');
    await page.locator('input[type=file]').setInputFiles({ name: 'lens.png', mimeType: 'image/png', buffer: pngBytes(20, 20) });
    await page.getByTestId('image-tile').waitFor();
    const sku = page.getByTestId('sku-card').first();
    await sku.getByLabel('SKU 编码').fill('LENS-160');
    await sku.getByLabel('零售价（元）').fill('25');
    await sku.getByLabel('样品价（元）').fill('0');
    const tiers = sku.getByTestId('tier-row');
    expect(await tiers.count()).toBe(3);
    await tiers.nth(0).getByLabel('采购量 ≥').fill('20');
    await tiers.nth(0).getByLabel('单价（元）').fill('18');
    await tiers.nth(1).getByLabel('采购量 ≥').fill('10');
    await tiers.nth(1).getByLabel('单价（元）').fill('19.5');
    await page.getByTestId('product-save-publish').click();
    await page.getByText('采购量须大于上一档').waitFor();
    await page.getByText('单价不能高于上一档').waitFor();

    await tiers.nth(1).getByLabel('采购量 ≥').fill('200');
    await tiers.nth(1).getByLabel('单价（元）').fill('14.5');
    await tiers.nth(2).getByLabel('采购量 ≥').fill('1000');
    await tiers.nth(2).getByLabel('单价（元）').fill('12');
    await page.getByTestId('product-save-publish').click();
    await page.waitForURL(/\/my\/products\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    await page.getByTestId('product-status').getByText('已上架').waitFor();

    const id = page.url().split('/').pop();
    const saved = (await http.get(`/api/my/products/${id}`, login.body.accessToken)).body;
    expect(saved).toMatchObject({ status: 'published', name: '浏览器测试：防蓝光镜片', fromPriceFen: 1200 });
    expect(saved.images).toHaveLength(1);
    expect(saved.skus[0]).toMatchObject({
      skuCode: 'LENS-160',
      retailPriceFen: 2500,
      samplePriceFen: 0,
      tiers: [
        { minQty: 20, unitPriceFen: 1800 },
        { minQty: 200, unitPriceFen: 1450 },
        { minQty: 1000, unitPriceFen: 1200 },
      ],
    });

    const boothId = (await http.get('/api/my/booths', login.body.accessToken)).body[0].id;
    await page.goto(`${t.url}/booths/${boothId}`);
    const card = page.getByTestId('product-card').filter({ hasText: '浏览器测试：防蓝光镜片' });
    await card.waitFor();
    expect(await card.locator('img').first().getAttribute('src')).toBe(saved.images[0].url);
    expect(await card.textContent()).toContain('¥12.00');
    const overflow = await page.evaluate<number>('document.scrollingElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    expect(tp.errors).toEqual([]);
  });
});
