import { AppConfig, loadConfig } from '@livefair/core';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAllInOne } from '../apps/all-in-one/src/start-all-in-one';
import { httpClient } from './support/http';
import { DemoLogins, demoLogins, newBuyer } from './support/live-fixture';
import { addProduct, inboxTitles, placeOrder, SHIP_TO, stockOf } from './support/orders-fixture';
import type { TestApp } from './support/test-app';

/** The same order flows on the embedded engine (sql.js) and the in-process queue, as `npm start` runs them. */
describe('orders on the embedded engine', () => {
  let t: TestApp;
  let demo: DemoLogins;
  let skuId: string;
  const http = () => httpClient(t.url);

  beforeAll(async () => {
    const config: AppConfig = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-orders-')),
      LOG_LEVEL: 'warn',
      MEDIASOUP_WORKERS: '1',
      DEMO_DATA: 'true',
    });
    const { app, url } = await startAllInOne(config, 0, false);
    t = { app, url, config, db: null, close: () => app.close() };
    demo = await demoLogins(t);
    const enterpriseId = (await http().get(`/api/booths/${demo.boothId}`)).body.enterprise.id;
    skuId = (await addProduct(t.app, enterpriseId, { name: '嵌入式测试开衫' })).skuIds[0];
  });
  afterAll(() => t?.close());

  it('places, replays, confirms, pays, ships and completes an order, and cancels another with its stock back', async () => {
    const buyer = await newBuyer(t.url);
    const key = randomUUID();
    const body = { type: 'retail', skuId, quantity: 4, boothId: demo.boothId, shipTo: SHIP_TO };
    const first = await placeOrder(t.url, buyer.token, body, key);
    expect([first.status, first.body.totalFen]).toEqual([201, 15600]);
    const replay = await placeOrder(t.url, buyer.token, body, key);
    expect([replay.status, replay.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    expect(replay.body).toEqual(first.body);
    expect((await placeOrder(t.url, buyer.token, { ...body, quantity: 5 }, key)).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const parallel = await Promise.all(
      Array.from({ length: 10 }, () => placeOrder(t.url, buyer.token, { ...body, quantity: 1 }, `par-${key}`)),
    );
    expect(new Set(parallel.map((p) => p.body.id)).size).toBe(1);
    expect(await stockOf(t.app, skuId)).toBe(100 - 4 - 1);

    const id = first.body.id;
    await http().post(`/api/orders/${id}/confirm`, {}, demo.staff);
    await http().post(`/api/orders/${id}/pay`, { paymentRef: 'BOC-1' }, demo.staff);
    await http().post(`/api/orders/${id}/ship`, { carrier: '顺丰速运', trackingNo: 'SF99887766' }, demo.staff);
    const done = await http().post(`/api/orders/${id}/complete`, {}, buyer.token);
    expect([done.body.status, done.body.history.length]).toEqual(['completed', 5]);
    expect((await http().post(`/api/orders/${id}/cancel`, { reason: '晚了' }, buyer.token)).body.code).toBe(
      'ORDER_TRANSITION_INVALID',
    );

    const cancelled = await http().post(`/api/orders/${parallel[0].body.id}/cancel`, { reason: '重复' }, buyer.token);
    expect(cancelled.body.status).toBe('cancelled');
    expect(await stockOf(t.app, skuId)).toBe(96);
    expect(await inboxTitles(t.url, buyer.token)).toContain(`订单已发货：${first.body.orderNo}`);
  });

  it('filters the seller list by dates and text, and exports it', async () => {
    const buyer = await newBuyer(t.url, '嵌入式买家');
    await placeOrder(t.url, buyer.token, { type: 'bulk', skuId, quantity: 60 });
    const past = new Date(Date.now() - 3_600_000).toISOString();
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const q = encodeURIComponent('嵌入式买');
    expect((await http().get(`/api/seller/orders?q=${q}&from=${past}&to=${future}`, demo.staff)).body.total).toBe(1);
    expect((await http().get(`/api/seller/orders?q=${q}&from=${future}`, demo.staff)).body.total).toBe(0);
    expect((await http().get(`/api/seller/orders?q=${q}&to=${past}`, demo.staff)).body.total).toBe(0);
    const res = await fetch(`${t.url}/api/seller/orders.csv?q=${q}`, { headers: { authorization: `Bearer ${demo.staff}` } });
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    expect(text.startsWith('\uFEFF"订单号"')).toBe(true);
    expect(text).toContain('"嵌入式买家","嵌入式测试开衫"');
  });
});
