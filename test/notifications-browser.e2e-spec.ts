import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoBrowserSuite, LAPTOP, PHONE } from './support/demo-browser';
import { httpClient } from './support/http';
import { placeOrder } from './support/orders-fixture';

const SHOTS = join(__dirname, '..', 'test-results', 'notifications-browser');

/**
 * The notification bell of the built web UI (dist/web) in Chromium: an exhibitor with new RFQ
 * lines sees the unread count, opening a line marks it read and leads to its thread, "全部已读"
 * clears the count, and a reload keeps it cleared (the server stored it). On a laptop and a phone width.
 */
describe('notification bell in Chromium (MariaDB + Redis, demo data)', () => {
  const suite = demoBrowserSuite('bell_web');
  const { login, openAs } = suite;
  beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

  /** Two RFQs from the demo buyer to the demo exhibitor's booth: two unread lines for the exhibitor. */
  async function twoRfqs() {
    const http = httpClient(suite.app.url);
    const exhibitor = await login('exhibitor@demo.livefair.cn');
    const buyer = await login('buyer@demo.livefair.cn');
    const boothId = (await http.get('/api/my/booths', exhibitor.accessToken)).body[0].id;
    const productId = (await http.get(`/api/booths/${boothId}`)).body.products[0].id;
    for (let i = 0; i < 2; i++) {
      const res = await http.post(
        '/api/rfqs',
        {
          productId,
          boothId,
          quantity: 500 + i,
          targetUnitPriceFen: 1700,
          deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          deliveryProvince: '浙江',
          requirements: '200 克精梳棉',
          message: `第${i + 1}次询价`,
        },
        buyer.accessToken,
      );
      expect(res.status).toBe(201);
    }
    const unread = async () =>
      ((await http.get('/api/notifications', exhibitor.accessToken)).body as { readAt: string | null }[]).filter((n) => !n.readAt)
        .length;
    for (let i = 0; i < 50 && (await unread()) < 2; i++) await new Promise((r) => setTimeout(r, 100));
    return unread;
  }
  const badge = (page: Page) => page.locator('.lf-bell').locator('xpath=..').locator('.ant-badge-count');

  it.each([
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ])('shows unread lines, marks one read on open and all read at once (%s)', async (name, size) => {
    const unread = await twoRfqs();
    const before = await unread();
    const page = await openAs('exhibitor@demo.livefair.cn', size);
    await page.goto(`${suite.app.url}/`);
    await badge(page).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await badge(page).getAttribute('title')).toBe(String(before));
    await page.locator('.lf-bell').click();
    const list = page.locator('.lf-notifications');
    await list.waitFor({ state: 'visible', timeout: 10_000 });
    await page.getByRole('button', { name: '全部已读' }).waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForTimeout(400); // the popover's opening animation, for the picture
    await page.screenshot({ path: join(SHOTS, `bell-${name}.png`) });
    // Opening a line marks it read and follows its link to the thread (the list closes).
    await list.locator('.lf-unread').first().click();
    await page.waitForURL(/\/my\/inquiries\/[0-9a-f-]{36}$/, { timeout: 10_000 });
    await list.waitFor({ state: 'hidden', timeout: 10_000 });
    for (let i = 0; i < 50 && (await unread()) !== before - 1; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await unread()).toBe(before - 1);
    expect(await badge(page).getAttribute('title')).toBe(String(before - 1));
    await page.locator('.lf-bell').click();
    await page.getByRole('button', { name: '全部已读' }).click();
    await badge(page).waitFor({ state: 'hidden', timeout: 10_000 });
    for (let i = 0; i < 50 && (await unread()) !== 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await unread()).toBe(0);
    await page.reload();
    await page.locator('.lf-bell').waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForTimeout(500);
    expect(await badge(page).count()).toBe(0);
  });

  it("takes the seller's staff from a new order's line to that order on the sales page", async () => {
    const http = httpClient(suite.app.url);
    const exhibitor = await login('exhibitor@demo.livefair.cn');
    const buyer = await login('buyer@demo.livefair.cn');
    const boothId = (await http.get('/api/my/booths', exhibitor.accessToken)).body[0].id;
    const skuId = (await http.get(`/api/booths/${boothId}`)).body.products[0].skus[0].id;
    const placed = await placeOrder(suite.app.url, buyer.accessToken, { type: 'retail', skuId, quantity: 1, boothId });
    expect(placed.status).toBe(201);
    const orderNo = placed.body.orderNo as string;
    const page = await openAs('exhibitor@demo.livefair.cn', LAPTOP);
    await page.goto(`${suite.app.url}/`);
    await page.locator('.lf-bell').click();
    const line = page.locator('.lf-notifications .ant-list-item').filter({ hasText: orderNo });
    await line.waitFor({ state: 'visible', timeout: 10_000 });
    await line.click();
    await page.waitForURL(new RegExp(`/my/sales\\?order=${placed.body.id}$`), { timeout: 10_000 });
    await page.locator('.ant-drawer-title').filter({ hasText: orderNo }).waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForTimeout(500); // the drawer's slide-in, for the picture
    await page.screenshot({ path: join(SHOTS, 'sales-linked-order.png') });
  });
});
