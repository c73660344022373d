import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, type PageOptions, type TestPage } from './support/browser';
import { httpClient } from './support/http';
import { demoLogins, type DemoLogins, newBuyer } from './support/live-fixture';
import { startProductionApp, TestApp } from './support/test-app';

/**
 * The order pages in Chromium against the built web UI (dist/web) on MariaDB + Redis: a buyer
 * orders from the booth page (the price follows the quantity, the MOQ is explained, a lost answer
 * retried with the dialog's key makes one order), the seller confirms, takes payment and ships on
 * /my/sales, the buyer confirms receipt on /my/orders.
 */
describe('order pages in Chromium (MariaDB + Redis, demo expo)', () => {
  const LAPTOP: PageOptions = { width: 1366, height: 800 };
  const PHONE: PageOptions = { width: 390, height: 844, isMobile: true };
  let t: TestApp;
  let browser: Browser;
  let demo: DemoLogins;
  let opened: TestPage[] = [];
  const http = () => httpClient(t.url);

  beforeAll(async () => {
    const [app, br] = await Promise.allSettled([startProductionApp('orders_web', { DEMO_DATA: 'true' }), launchBrowser()]);
    if (app.status === 'fulfilled') t = app.value;
    if (br.status === 'fulfilled') browser = br.value;
    for (const r of [app, br]) if (r.status === 'rejected') throw r.reason;
    demo = await demoLogins(t);
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

  /** A page logged in with `token` (the session the web UI keeps in localStorage). */
  async function open(options: PageOptions, token: string): Promise<Page> {
    const me = (await http().get('/api/auth/me', token)).body;
    const tp = await newPage(browser, { ...options, origin: t.url });
    await tp.context.addInitScript(
      ([tok, user]) => {
        localStorage.setItem('livefair.token', tok);
        localStorage.setItem('livefair.user', user);
      },
      [token, JSON.stringify(me)] as const,
    );
    opened.push(tp);
    return tp.page;
  }

  it('orders from the booth page: live tier price, the MOQ explained, one order although the first answer was lost', async () => {
    const buyer = await newBuyer(t.url, '浏览器买家');
    const booth = (await http().get(`/api/booths/${demo.boothId}`)).body;
    const product = booth.products[0];
    const terms = (await http().get(`/api/skus/${product.skus[0].id}/order-terms`)).body;
    const page = await open(LAPTOP, buyer.token);
    await page.goto(`${t.url}/booths/${demo.boothId}`);
    await page.getByTestId('order-product').first().click();
    const summary = page.getByTestId('price-summary');
    await summary.waitFor();
    // Bulk starts at the MOQ, priced at its tier.
    expect(Number(await summary.getAttribute('data-total'))).toBe(terms.tiers[0].unitPriceFen * terms.moq);
    const qty = page.locator('.lf-order-qty input');
    await qty.fill(String(terms.moq - 1));
    await page.getByTestId('price-problem').waitFor();
    expect(await page.getByTestId('price-problem').getAttribute('data-code')).toBe('MOQ_NOT_MET');
    expect(await page.getByTestId('price-problem').textContent()).toContain(`${terms.moq}`);
    expect(await page.getByTestId('order-submit').isDisabled()).toBe(true);
    const big = terms.tiers[1].minQty;
    await qty.fill(String(big));
    await summary.waitFor();
    expect(Number(await summary.getAttribute('data-unit-price'))).toBe(terms.tiers[1].unitPriceFen);
    await page.getByLabel('收货人').fill('王采购');
    await page.getByLabel('联系电话').fill('13800138000');
    await page.getByLabel('省份').fill('浙江省');
    await page.getByLabel('城市').fill('杭州市');
    await page.getByLabel('详细地址').fill('西湖区文三路 100 号');

    // The first answer is lost on the way back (the order was made); the buyer clicks again.
    let lost = 0;
    const keys: string[] = [];
    await page.route('**/api/orders', async (route) => {
      keys.push(route.request().headers()['idempotency-key']);
      if (lost++ === 0) {
        await route.fetch();
        await route.abort('connectionreset');
      } else await route.continue();
    });
    await page.getByTestId('order-submit').click();
    await page.locator('.ant-message-error').waitFor();
    await page.getByTestId('order-submit').click();
    const placed = page.getByTestId('order-placed');
    await placed.waitFor();
    // The reset we caused is the one console error this page may have.
    const tp = opened[opened.length - 1];
    tp.errors.splice(0, tp.errors.length, ...tp.errors.filter((e) => !/ERR_CONNECTION_RESET .*\/api\/orders\)/.test(e)));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const mine = (await http().get('/api/my/orders', buyer.token)).body;
    expect(mine.total).toBe(1);
    expect(mine.items[0]).toMatchObject({
      quantity: big,
      unitPriceFen: terms.tiers[1].unitPriceFen,
      shipTo: { city: '杭州市' },
      boothId: demo.boothId,
    });
    expect(await placed.getAttribute('data-order-no')).toBe(mine.items[0].orderNo);

    await page.getByRole('button', { name: '查看订单' }).click();
    await page.getByTestId('order-detail').waitFor();
    expect(await page.getByTestId('order-status').first().textContent()).toBe('待确认');
  });

  it('lets the seller confirm, take payment and ship on /my/sales, and the buyer confirm receipt on a phone', async () => {
    const buyer = await newBuyer(t.url, '手机买家');
    const booth = (await http().get(`/api/booths/${demo.boothId}`)).body;
    const skuId = booth.products[1].skus[0].id;
    const order = (
      await http().request('POST', '/api/orders', {
        token: buyer.token,
        body: {
          type: 'sample',
          skuId,
          quantity: 1,
          shipTo: {
            contactName: '李四',
            phone: '13900139000',
            province: '江苏省',
            city: '苏州市',
            address: '工业园区星湖街 1 号',
          },
        },
        headers: { 'idempotency-key': `browser-${Date.now()}` },
      })
    ).body;
    const seller = await open(LAPTOP, demo.staff);
    await seller.goto(`${t.url}/my/sales`);
    const row = seller.locator(`[data-testid=sales-row][data-order-id="${order.id}"]`);
    await row.waitFor();
    await row.getByTestId('seller-confirm').click();
    await seller.locator('.ant-popconfirm').getByRole('button', { name: '确认订单' }).click();
    await row.getByTestId('seller-pay').waitFor();
    await row.getByTestId('seller-pay').click();
    await seller.getByTestId('payment-ref').fill('ICBC-0099');
    await seller.getByTestId('pay-submit').click();
    await row.getByTestId('seller-ship').waitFor();
    await row.getByTestId('seller-ship').click();
    await seller.getByTestId('ship-carrier').fill('顺丰速运');
    await seller.getByTestId('ship-tracking').fill('SF10086');
    await seller.getByTestId('ship-submit').click();
    await seller.locator(`[data-testid=sales-row][data-order-id="${order.id}"][data-status=shipped]`).waitFor();

    const phone = await open(PHONE, buyer.token);
    await phone.goto(`${t.url}/my/orders`);
    await phone.locator(`[data-testid=order-card][data-order-id="${order.id}"]`).click();
    await phone.getByTestId('order-complete').click();
    await phone.locator('.ant-popconfirm').getByRole('button', { name: '确认收货' }).click();
    await phone.locator('[data-testid=order-detail][data-status=completed]').waitFor();
    const detail = (await http().get(`/api/orders/${order.id}`, buyer.token)).body;
    expect([detail.status, detail.paymentRef, detail.trackingNo]).toEqual(['completed', 'ICBC-0099', 'SF10086']);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
