import { CatalogService } from '@livefair/catalog';
import { httpClient } from './support/http';
import { createSession, DemoLogins, demoLogins, newBuyer } from './support/live-fixture';
import { addProduct, inboxTitles, newExhibitor, placeOrder, SHIP_TO, SPECIAL_INVOICE, stockOf } from './support/orders-fixture';
import { startProductionApp, TestApp } from './support/test-app';

/**
 * Placing retail, bulk and sample orders over HTTP on MariaDB + Redis: prices, MOQ, samples,
 * stock, where the order came from, what it records for delivery and invoices, the bounds on
 * what one buyer can create, and the inbox lines both sides get.
 */
describe('placing orders (MariaDB + Redis)', () => {
  let t: TestApp;
  let demo: DemoLogins;
  let enterpriseId: string;
  let skuId: string;
  let noSampleSku: string;
  const http = () => httpClient(t.url);

  beforeAll(async () => {
    t = await startProductionApp('orders_place', {
      DEMO_DATA: 'true',
      ORDERS_MAX_OPEN_PER_BUYER: '4',
      ORDERS_MAX_PER_MINUTE: '6',
    });
    demo = await demoLogins(t);
    enterpriseId = (await http().get(`/api/booths/${demo.boothId}`)).body.enterprise.id;
    // Retail 39.00; tiers 30.00 from 50, 26.00 from 200, 22.00 from 1000; MOQ 50; sample 15.00; 100 in stock.
    skuId = (await addProduct(t.app, enterpriseId)).skuIds[0];
    noSampleSku = (await addProduct(t.app, enterpriseId, { samplePriceFen: null })).skuIds[0];
  });
  afterAll(() => t?.close());

  it('places a retail order at the retail price, from stock, and tells the buyer and the seller', async () => {
    const buyer = await newBuyer(t.url, '李采购');
    const r = await placeOrder(t.url, buyer.token, {
      type: 'retail',
      skuId,
      quantity: 3,
      boothId: demo.boothId,
      shipTo: SHIP_TO,
      note: '请尽快发货',
    });
    expect(r.status).toBe(201);
    expect(r.headers.get('idempotent-replayed')).toBeNull();
    expect(r.body).toMatchObject({
      type: 'retail',
      status: 'placed',
      buyerId: buyer.id,
      buyerName: '李采购',
      enterpriseId,
      boothId: demo.boothId,
      skuId,
      productName: '测试针织开衫',
      unit: '件',
      quantity: 3,
      unitPriceFen: 3900,
      totalFen: 11700,
      paymentMethod: 'bank_transfer',
      shipTo: SHIP_TO,
      invoice: null,
      note: '请尽快发货',
      history: [{ from: null, to: 'placed', actor: 'buyer', note: '' }],
    });
    expect(r.body.orderNo).toMatch(/^LF\d{6}[0-9A-Z]{10}$/);
    expect(await stockOf(t.app, skuId)).toBe(97);
    // Committed before the answer: it is there at once, for the buyer and the seller.
    expect((await http().get(`/api/orders/${r.body.id}`, buyer.token)).body.status).toBe('placed');
    expect(await inboxTitles(t.url, buyer.token)).toContain(`订单已提交：${r.body.orderNo}`);
    expect(await inboxTitles(t.url, demo.staff)).toContain(`新订单：${r.body.orderNo}`);
  });

  it('prices a bulk order at the tier for its quantity and refuses one below the MOQ with a clear message', async () => {
    const buyer = await newBuyer(t.url);
    const cases: [number, number][] = [
      [50, 3000],
      [199, 3000],
      [200, 2600],
      [1000, 2200],
    ];
    for (const [quantity, unit] of cases) {
      const r = await placeOrder(t.url, buyer.token, { type: 'bulk', skuId, quantity });
      expect([r.status, r.body.unitPriceFen, r.body.totalFen]).toEqual([201, unit, unit * quantity]);
      await http().post(`/api/orders/${r.body.id}/cancel`, { reason: '测试' }, buyer.token);
    }
    const low = await placeOrder(t.url, buyer.token, { type: 'bulk', skuId, quantity: 49 });
    expect(low.status).toBe(422);
    expect(low.body.code).toBe('MOQ_NOT_MET');
    expect(low.body.message).toContain('at least 50 件');
    // Bulk orders are made to order: no stock taken.
    expect(await stockOf(t.app, skuId)).toBe(97);
  });

  it('places sample orders at the sample price, 1 to 5, and refuses samples of a product that sells none', async () => {
    const buyer = await newBuyer(t.url);
    const ok = await placeOrder(t.url, buyer.token, { type: 'sample', skuId, quantity: 2, shipTo: SHIP_TO });
    expect([ok.status, ok.body.type, ok.body.unitPriceFen, ok.body.totalFen]).toEqual([201, 'sample', 1500, 3000]);
    const many = await placeOrder(t.url, buyer.token, { type: 'sample', skuId, quantity: 6 });
    expect([many.status, many.body.code]).toEqual([422, 'SAMPLE_LIMIT_EXCEEDED']);
    const none = await placeOrder(t.url, buyer.token, { type: 'sample', skuId: noSampleSku, quantity: 1 });
    expect([none.status, none.body.code]).toEqual([409, 'SAMPLE_UNAVAILABLE']);
  });

  it('refuses a retail order for more than is in stock, and takes nothing', async () => {
    const buyer = await newBuyer(t.url);
    const before = await stockOf(t.app, skuId);
    const r = await placeOrder(t.url, buyer.token, { type: 'retail', skuId, quantity: before + 1 });
    expect([r.status, r.body.code]).toEqual([409, 'OUT_OF_STOCK']);
    expect(await stockOf(t.app, skuId)).toBe(before);
  });

  it('records the live session a pinned product was ordered from, with its booth', async () => {
    const buyer = await newBuyer(t.url);
    const sessionId = await createSession(t.url, demo.staff, demo.boothId);
    const r = await placeOrder(t.url, buyer.token, { type: 'bulk', skuId, quantity: 60, liveSessionId: sessionId });
    expect(r.status).toBe(201);
    expect([r.body.liveSessionId, r.body.boothId]).toEqual([sessionId, demo.boothId]);
  });

  it('refuses a product ordered from a booth or session it is not in, and unknown SKUs and booths', async () => {
    const buyer = await newBuyer(t.url);
    const other = await newExhibitor(t.url);
    const foreignSku = (await addProduct(t.app, other.enterpriseId)).skuIds[0];
    const fromWrongBooth = await placeOrder(t.url, buyer.token, {
      type: 'bulk',
      skuId: foreignSku,
      quantity: 60,
      boothId: demo.boothId,
    });
    expect([fromWrongBooth.status, fromWrongBooth.body.code]).toEqual([409, 'PRODUCT_NOT_ORDERABLE']);
    const unknownSku = await placeOrder(t.url, buyer.token, {
      type: 'retail',
      skuId: '00000000-0000-4000-8000-000000000000',
      quantity: 1,
    });
    expect([unknownSku.status, unknownSku.body.code]).toEqual([404, 'SKU_NOT_FOUND']);
    const unknownBooth = await placeOrder(t.url, buyer.token, {
      type: 'retail',
      skuId,
      quantity: 1,
      boothId: '00000000-0000-4000-8000-000000000000',
    });
    expect([unknownBooth.status, unknownBooth.body.code]).toEqual([404, 'BOOTH_NOT_FOUND']);
  });

  it('records the VAT invoice details, and refuses a special invoice without the bank details', async () => {
    const buyer = await newBuyer(t.url);
    const r = await placeOrder(t.url, buyer.token, {
      type: 'bulk',
      skuId,
      quantity: 50,
      invoice: { ...SPECIAL_INVOICE, taxpayerId: ' 91330106ma2b1c2d3e ' },
    });
    expect(r.status).toBe(201);
    expect(r.body.invoice).toEqual(SPECIAL_INVOICE);
    const { bankName: _b, bankAccount: _a, ...withoutBank } = SPECIAL_INVOICE;
    const bad = await placeOrder(t.url, buyer.token, { type: 'bulk', skuId, quantity: 50, invoice: withoutBank });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['invoice.bankAccount', 'invoice.bankName']);
    const normal = await placeOrder(t.url, buyer.token, {
      type: 'bulk',
      skuId,
      quantity: 50,
      invoice: { kind: 'normal', title: '个体户张三', taxpayerId: '330106199001011234' },
    });
    expect([normal.status, normal.body.invoice.kind]).toEqual([201, 'normal']);
  });

  it.each([
    ['no type', { skuId: 'x', quantity: 1 }],
    ['a quantity of 0', { type: 'retail', quantity: 0 }],
    ['a fractional quantity', { type: 'bulk', quantity: 50.5 }],
    ['an unknown type', { type: 'deal', quantity: 1 }],
    ['an unknown field', { type: 'retail', quantity: 1, priceFen: 1 }],
    ['a bad phone', { type: 'retail', quantity: 1, shipTo: { ...SHIP_TO, phone: 'call me' } }],
    ['a shipTo that is a string', { type: 'retail', quantity: 1, shipTo: '杭州' }],
  ])('answers 400 VALIDATION_FAILED for %s, making nothing', async (_what, body) => {
    const buyer = await newBuyer(t.url);
    const r = await placeOrder(t.url, buyer.token, { skuId, ...body });
    expect([r.status, r.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await http().get('/api/my/orders', buyer.token)).body.total).toBe(0);
  });

  it('needs a buyer login and an Idempotency-Key of the right shape', async () => {
    const buyer = await newBuyer(t.url);
    const body = { type: 'retail', skuId, quantity: 1 };
    expect((await http().post('/api/orders', body)).body.code).toBe('AUTH_REQUIRED');
    expect((await placeOrder(t.url, demo.staff, body)).body.code).toBe('FORBIDDEN_ROLE');
    const noKey = await http().post('/api/orders', body, buyer.token);
    expect([noKey.status, noKey.body.code]).toEqual([400, 'IDEMPOTENCY_KEY_REQUIRED']);
    for (const key of ['short', 'x'.repeat(65), 'has space in it', 'key/with/slashes']) {
      const r = await placeOrder(t.url, buyer.token, body, key);
      expect([r.status, r.body.code]).toEqual([400, 'IDEMPOTENCY_KEY_INVALID']);
    }
  });

  it('bounds the open orders of one buyer, and frees a place when one is cancelled', async () => {
    const buyer = await newBuyer(t.url);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await placeOrder(t.url, buyer.token, { type: 'bulk', skuId, quantity: 50 })).body.id);
    const fifth = await placeOrder(t.url, buyer.token, { type: 'bulk', skuId, quantity: 50 });
    expect([fifth.status, fifth.body.code]).toEqual([409, 'OPEN_ORDERS_LIMIT']);
    await http().post(`/api/orders/${ids[0]}/cancel`, { reason: '重复下单' }, buyer.token);
    expect((await placeOrder(t.url, buyer.token, { type: 'bulk', skuId, quantity: 50 })).status).toBe(201);
  });

  it('bounds how many orders one user places a minute (429 RATE_LIMITED with Retry-After)', async () => {
    const buyer = await newBuyer(t.url);
    const statuses: number[] = [];
    let limited = null;
    for (let i = 0; i < 8; i++) {
      const r = await placeOrder(t.url, buyer.token, { type: 'sample', skuId, quantity: 1 });
      statuses.push(r.status);
      if (r.status === 429) limited = r;
      else if (r.status === 201) await http().post(`/api/orders/${r.body.id}/cancel`, { reason: '测试' }, buyer.token);
    }
    // The window is a clock minute: a run that crosses a minute boundary starts counting again.
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(6);
    expect(limited?.body.code).toBe('RATE_LIMITED');
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it("gives the order dialog a SKU's terms, the same the server prices with", async () => {
    const terms = await http().get(`/api/skus/${skuId}/order-terms`);
    const sku = await t.app.get(CatalogService).orderableSku(skuId);
    expect(terms.status).toBe(200);
    expect(terms.body).toMatchObject({
      skuId,
      retailPriceFen: sku!.retailPriceFen,
      tiers: sku!.tiers,
      moq: 50,
      samplePriceFen: 1500,
      stock: sku!.stock,
    });
    expect((await http().get('/api/skus/00000000-0000-4000-8000-000000000000/order-terms')).body.code).toBe('SKU_NOT_FOUND');
  });
});
