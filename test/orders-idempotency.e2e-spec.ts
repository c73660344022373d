import { CatalogService } from '@livefair/catalog';
import { isUniqueViolation } from '@livefair/core';
import { OrderWriter } from '@livefair/orders';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { httpClient } from './support/http';
import { DemoLogins, demoLogins, newBuyer } from './support/live-fixture';
import { addProduct, placeOrder, SHIP_TO, stockOf } from './support/orders-fixture';
import { startApiReplica, startProductionApp, TestApp } from './support/test-app';

/**
 * Idempotency-Key on order placement, as docs/orders.md says: a replay gets the first answer
 * (status, body, `Idempotent-Replayed: true`), another request under the same key is refused,
 * a failed request made nothing, and concurrent duplicates (one process and two) make one order.
 */
describe('order idempotency (MariaDB + Redis, two API processes)', () => {
  let t: TestApp;
  let replica: { url: string; close(): Promise<void> };
  let demo: DemoLogins;
  let skuId: string;
  const http = () => httpClient(t.url);
  const ordersOf = async (buyerId: string) =>
    Number((await t.app.get(DataSource).query('SELECT COUNT(*) AS n FROM orders WHERE buyerId = ?', [buyerId]))[0].n);

  beforeAll(async () => {
    t = await startProductionApp('orders_idem', {
      DEMO_DATA: 'true',
      ORDERS_MAX_PER_MINUTE: '1000',
      ORDERS_MAX_OPEN_PER_BUYER: '100',
    });
    replica = await startApiReplica(t);
    demo = await demoLogins(t);
    const enterpriseId = (await http().get(`/api/booths/${demo.boothId}`)).body.enterprise.id;
    skuId = (await addProduct(t.app, enterpriseId, { skus: [{ priceFen: 3900, stock: 1000 }] })).skuIds[0];
  });
  afterAll(async () => {
    await replica?.close();
    await t?.close();
  });

  it('answers a retry with the first answer, even after the order moved on, and makes no second order', async () => {
    const buyer = await newBuyer(t.url);
    const key = randomUUID();
    const body = { type: 'retail', skuId, quantity: 2, shipTo: SHIP_TO, note: '第一次' };
    const first = await placeOrder(t.url, buyer.token, body, key);
    expect(first.status).toBe(201);
    const again = await placeOrder(t.url, buyer.token, body, key);
    expect([again.status, again.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    expect(again.body).toEqual(first.body);
    // The seller confirms and the buyer changes the address: a late retry still gets the first answer.
    expect((await http().post(`/api/orders/${first.body.id}/confirm`, {}, demo.staff)).status).toBe(200);
    await http().patch(`/api/orders/${first.body.id}/delivery`, { shipTo: { ...SHIP_TO, city: '宁波市' } }, buyer.token);
    // Same request with its fields in another order is the same request.
    const reordered = { note: '第一次', shipTo: { ...SHIP_TO }, quantity: 2, skuId, type: 'retail' };
    const late = await placeOrder(t.url, buyer.token, reordered, key);
    expect([late.status, late.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    expect(late.body).toEqual(first.body);
    expect(await ordersOf(buyer.id)).toBe(1);
  });

  it('refuses the same key with a different request (422 IDEMPOTENCY_KEY_REUSED), changing nothing', async () => {
    const buyer = await newBuyer(t.url);
    const key = randomUUID();
    expect((await placeOrder(t.url, buyer.token, { type: 'retail', skuId, quantity: 1 }, key)).status).toBe(201);
    const stock = await stockOf(t.app, skuId);
    const other = await placeOrder(t.url, buyer.token, { type: 'retail', skuId, quantity: 5 }, key);
    expect([other.status, other.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect(await stockOf(t.app, skuId)).toBe(stock);
    expect(await ordersOf(buyer.id)).toBe(1);
  });

  it('runs a failed request again on retry: it made nothing, so its key is still free', async () => {
    const buyer = await newBuyer(t.url);
    const key = randomUUID();
    const low = await placeOrder(t.url, buyer.token, { type: 'bulk', skuId, quantity: 10 }, key);
    expect(low.body.code).toBe('MOQ_NOT_MET');
    expect((await placeOrder(t.url, buyer.token, { type: 'bulk', skuId, quantity: 10 }, key)).body.code).toBe('MOQ_NOT_MET');
    const fixed = await placeOrder(t.url, buyer.token, { type: 'bulk', skuId, quantity: 50 }, key);
    expect([fixed.status, fixed.headers.get('idempotent-replayed')]).toEqual([201, null]);
  });

  it("keeps keys per buyer: two buyers' equal keys are two orders", async () => {
    const [a, b] = [await newBuyer(t.url), await newBuyer(t.url)];
    const key = `shared-${randomUUID()}`;
    const ra = await placeOrder(t.url, a.token, { type: 'sample', skuId, quantity: 1 }, key);
    const rb = await placeOrder(t.url, b.token, { type: 'sample', skuId, quantity: 1 }, key);
    expect([ra.status, rb.status]).toEqual([201, 201]);
    expect(ra.body.id).not.toBe(rb.body.id);
  });

  it('makes one order of 20 parallel requests with one key, spread over two API processes', async () => {
    const buyer = await newBuyer(t.url);
    const key = randomUUID();
    const body = { type: 'retail', skuId, quantity: 2 };
    const stock = await stockOf(t.app, skuId);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => placeOrder(i % 2 ? replica.url : t.url, buyer.token, body, key)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(19);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(await ordersOf(buyer.id)).toBe(1);
    expect(await stockOf(t.app, skuId)).toBe(stock - 2);
  });

  it('makes exactly 20 orders of 20 parallel requests with 20 keys, none lost, stock taken for each', async () => {
    const buyer = await newBuyer(t.url);
    const stock = await stockOf(t.app, skuId);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        placeOrder(i % 2 ? replica.url : t.url, buyer.token, { type: 'retail', skuId, quantity: 1 }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(20);
    expect(await ordersOf(buyer.id)).toBe(20);
    expect(await stockOf(t.app, skuId)).toBe(stock - 20);
  });

  it('keeps the unique (buyer, key) index as the last line: a duplicate row cannot be written', async () => {
    const buyer = await newBuyer(t.url);
    const key = randomUUID();
    const first = await placeOrder(t.url, buyer.token, { type: 'sample', skuId, quantity: 1 }, key);
    // A writer that skipped the lookup (a bug, a race the lookups missed) still cannot make a second order.
    const sku = (await t.app.get(CatalogService).orderableSku(skuId))!;
    const duplicate = {
      type: 'sample' as const,
      buyer: { id: buyer.id, name: '测试买家' },
      sku,
      quantity: 1,
      unitPriceFen: 1500,
      idempotencyKey: key,
      requestHash: 'x'.repeat(64),
    };
    const failure = await t.app
      .get(OrderWriter)
      .insert([duplicate])
      .catch((err: unknown) => err);
    expect(isUniqueViolation(failure)).toBe(true);
    expect(await ordersOf(buyer.id)).toBe(1);
    expect(first.status).toBe(201);
  });
});
