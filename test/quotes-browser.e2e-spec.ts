import type { Locator, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { demoBrowserSuite, LAPTOP, PHONE } from './support/demo-browser';
import { httpClient } from './support/http';

/**
 * The quotation pages of the built web UI (dist/web; `npm run build:web` first) in a real
 * Chromium: a buyer on a phone asks for a quote from a booth, the exhibitor on a laptop answers
 * in the inbox with a message and a quote, the buyer accepts it into an order.
 */
describe('quotation pages in Chromium (MariaDB + Redis, demo expo)', () => {
  const TSHIRT = '纯棉圆领T恤（出口转内销款）';
  const suite = demoBrowserSuite('quotes_web');
  const { openAs } = suite;
  let boothId: string;

  beforeAll(async () => {
    const login = await suite.login('exhibitor@demo.livefair.cn');
    boothId = (await httpClient(suite.app.url).get('/api/my/booths', login.accessToken)).body[0].id;
  });
  const shown = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: 10_000 });
  const overflow = (page: Page) =>
    page.evaluate<number>('document.scrollingElement.scrollWidth - window.innerWidth') as Promise<number>;

  it('asks, answers and accepts: the thread on both sides and the order it makes', async () => {
    // The buyer, on a phone, asks from the booth page.
    const buyer = await openAs('buyer@demo.livefair.cn', PHONE);
    await buyer.goto(`${suite.app.url}/booths/${boothId}`);
    const card = buyer.locator('.lf-product-card').filter({ hasText: TSHIRT });
    await card.getByTestId('request-quote').click();
    const ask = buyer.locator('.lf-rfq-modal');
    await shown(ask.getByText(`询价：${TSHIRT}`));
    await ask.getByTestId('rfq-quantity').fill('3000');
    await ask.getByTestId('rfq-province').click();
    await buyer.keyboard.type('浙江');
    await buyer.keyboard.press('Enter');
    await ask.getByLabel('具体要求').fill('200 克精梳棉，藏青和白色各一半');
    await ask.getByTestId('rfq-submit').click();
    await buyer.getByRole('button', { name: '查看询价' }).click();
    await buyer.waitForURL(/\/my\/rfqs\/[0-9a-f-]{36}$/);
    const rfqPath = new URL(buyer.url()).pathname;
    const rfqId = rfqPath.split('/').pop() as string;
    await shown(buyer.locator('.lf-rfq-status').getByText('待报价'));
    await shown(buyer.getByText('200 克精梳棉，藏青和白色各一半'));
    expect(await overflow(buyer)).toBeLessThanOrEqual(0);

    // The exhibitor, on a laptop, finds it in the inbox, replies and quotes.
    const seller = await openAs('exhibitor@demo.livefair.cn', LAPTOP);
    await seller.goto(`${suite.app.url}/my/inquiries`);
    await seller.getByTestId('rfq-row').filter({ hasText: TSHIRT }).filter({ hasText: '3,000 件' }).first().click();
    await seller.waitForURL(`**/my/inquiries/${rfqId}`);
    await seller.getByTestId('rfq-message-input').fill('您好，3000 件可以做，尺码比例是多少？');
    await seller.keyboard.press('Enter');
    await shown(seller.locator('.lf-bubble').getByText('您好，3000 件可以做，尺码比例是多少？'));
    await seller.getByTestId('open-offer').click();
    const offer = seller.locator('.lf-rfq-modal');
    await offer.getByTestId('offer-sku').click();
    await seller.locator('.ant-select-item-option').filter({ hasText: '尺码: M' }).click();
    await offer.getByTestId('offer-price').fill('17.2');
    await shown(offer.getByText('合计 ¥51,600.00'));
    await offer.getByLabel('付款方式').fill('30% 定金，发货前付清尾款');
    await offer.getByTestId('offer-submit').click();
    await shown(seller.getByTestId('quote-card').getByText('¥17.20'));
    await shown(seller.locator('.lf-rfq-status').getByText('已报价'));

    // The buyer sees the message and the quote, and accepts it.
    await buyer.reload();
    await shown(buyer.getByText('您好，3000 件可以做，尺码比例是多少？'));
    const current = buyer.getByTestId('current-offer');
    await shown(current.getByText('¥17.20'));
    await current.getByTestId('accept-quote-summary').click();
    const accept = buyer.locator('.lf-rfq-modal');
    await shown(accept.getByText('3,000 件 × ¥17.20 = ¥51,600.00'));
    await accept.getByTestId('accept-submit').click();
    await shown(buyer.getByTestId('rfq-ordered'));
    await shown(buyer.locator('.lf-rfq-status').getByText('已成交'));
    expect(await overflow(buyer)).toBeLessThanOrEqual(0);

    const orders = await suite.app.app
      .get(DataSource)
      .query('SELECT type, status, quantity, unitPriceFen, totalFen, orderNo FROM orders WHERE quoteId IS NOT NULL');
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ type: 'quote', status: 'confirmed', quantity: 3000, unitPriceFen: 1720 });
    expect(Number(orders[0].totalFen)).toBe(5_160_000);
    expect(await buyer.getByTestId('rfq-ordered').innerText()).toContain(orders[0].orderNo);

    await seller.reload();
    await shown(seller.locator('.lf-rfq-status').getByText('已成交'));
    expect(await seller.getByTestId('open-offer').count()).toBe(0);
  });

  it('lists the buyer’s requests in English on a laptop and filters them', async () => {
    const page = await openAs('buyer@demo.livefair.cn', LAPTOP);
    await page.addInitScript(() => localStorage.setItem('livefair.lang', 'en'));
    await page.goto(`${suite.app.url}/my/rfqs?status=all`);
    await shown(page.getByRole('heading', { name: 'My requests for quotation' }));
    await shown(page.getByTestId('rfq-row').filter({ hasText: 'Ordered' }).first());
    await page.locator('.lf-rfq-filter').getByText('Awaiting quote', { exact: true }).click();
    await page.waitForURL(/status=open/);
    await shown(page.getByText('No requests for quotation'));
  });
});
