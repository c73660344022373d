import { CatalogService } from '@livefair/catalog';
import { OrderTransitions, OrderWriter } from '@livefair/orders';
import { randomUUID } from 'node:crypto';
import { httpClient } from './support/http';
import { DemoLogins, demoLogins, newBuyer } from './support/live-fixture';
import { addProduct, inboxTitles, newExhibitor, placeOrder, SHIP_TO, stockOf } from './support/orders-fixture';
import { startProductionApp, TestApp } from './support/test-app';

/**
 * One state machine for every order (docs/orders.md): each step by the side allowed to take it,
 * from the status it allows, with its history line and both sides' inbox lines; anything else is
 * refused with a code and changes nothing. A buyer sees only its orders, an exhibitor only its
 * enterprise's.
 */
describe('the order lifecycle (MariaDB + Redis)', () => {
  let t: TestApp;
  let demo: DemoLogins;
  let enterpriseId: string;
  let skuId: string;
  const http = () => httpClient(t.url);
  const post = (path: string, body: unknown, token: string) => http().post(path, body, token);
  const get = (path: string, token: string) => http().get(path, token);

  beforeAll(async () => {
    t = await startProductionApp('orders_life', { DEMO_DATA: 'true', ORDERS_MAX_PER_MINUTE: '1000' });
    demo = await demoLogins(t);
    enterpriseId = (await http().get(`/api/booths/${demo.boothId}`)).body.enterprise.id;
    skuId = (await addProduct(t.app, enterpriseId, { skus: [{ priceFen: 3900, stock: 500 }] })).skuIds[0];
  });
  afterAll(() => t?.close());

  it('walks placed, confirmed, paid, shipped, completed, with history, actions and inbox lines at each step', async () => {
    const buyer = await newBuyer(t.url);
    const placed = (await placeOrder(t.url, buyer.token, { type: 'bulk', skuId, quantity: 200, shipTo: SHIP_TO })).body;
    const no = placed.orderNo;
    const asBuyer = (await get(`/api/orders/${placed.id}`, buyer.token)).body;
    expect([asBuyer.actions, asBuyer.deliveryEditable]).toEqual([['cancel'], true]);
    expect((await get(`/api/orders/${placed.id}`, demo.staff)).body.actions).toEqual(['confirm', 'cancel']);

    const confirmed = await post(`/api/orders/${placed.id}/confirm`, { note: '12月10日前发出' }, demo.staff);
    expect([confirmed.status, confirmed.body.status, confirmed.body.actions]).toEqual([200, 'confirmed', ['pay', 'cancel']]);
    const paid = await post(`/api/orders/${placed.id}/pay`, { paymentRef: 'ICBC20261201-0001' }, demo.staff);
    expect([paid.body.status, paid.body.paymentRef]).toEqual(['paid', 'ICBC20261201-0001']);
    const shipped = await post(
      `/api/orders/${placed.id}/ship`,
      { carrier: '顺丰速运', trackingNo: 'SF1234567890123' },
      demo.staff,
    );
    expect([shipped.body.status, shipped.body.carrier, shipped.body.trackingNo]).toEqual([
      'shipped',
      '顺丰速运',
      'SF1234567890123',
    ]);
    expect((await get(`/api/orders/${placed.id}`, buyer.token)).body).toMatchObject({
      actions: ['complete'],
      deliveryEditable: false,
    });
    const done = await post(`/api/orders/${placed.id}/complete`, {}, buyer.token);
    expect([done.status, done.body.status, done.body.actions]).toEqual([200, 'completed', []]);

    expect(done.body.history.map((h: { from: string | null; to: string; actor: string }) => [h.from, h.to, h.actor])).toEqual([
      [null, 'placed', 'buyer'],
      ['placed', 'confirmed', 'exhibitor'],
      ['confirmed', 'paid', 'exhibitor'],
      ['paid', 'shipped', 'exhibitor'],
      ['shipped', 'completed', 'buyer'],
    ]);
    expect(done.body.history[1].note).toBe('12月10日前发出');
    expect(done.body.history[2].note).toContain('ICBC20261201-0001');
    const times = done.body.history.map((h: { at: string }) => Date.parse(h.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    const buyerInbox = await inboxTitles(t.url, buyer.token);
    for (const title of [`订单已提交：${no}`, `卖家已确认订单：${no}`, `卖家已确认收款：${no}`, `订单已发货：${no}`])
      expect(buyerInbox).toContain(title);
    // The buyer took the last step: no line tells it what it did.
    expect(buyerInbox).not.toContain(`订单已完成：${no}`);
    const staffInbox = await inboxTitles(t.url, demo.staff);
    expect(staffInbox).toEqual(expect.arrayContaining([`新订单：${no}`, `买家已确认收货：${no}`]));
    expect(staffInbox).not.toContain(`订单已确认：${no}`);
  });

  it('refuses illegal steps with ORDER_TRANSITION_INVALID and changes nothing (ship a cancelled order, pay a placed one)', async () => {
    const buyer = await newBuyer(t.url);
    const order = (await placeOrder(t.url, buyer.token, { type: 'bulk', skuId, quantity: 50, shipTo: SHIP_TO })).body;
    const early = await post(`/api/orders/${order.id}/pay`, {}, demo.staff);
    expect([early.status, early.body.code]).toEqual([409, 'ORDER_TRANSITION_INVALID']);
    expect((await post(`/api/orders/${order.id}/cancel`, { reason: '买家改选其他款式' }, buyer.token)).body.cancelReason).toBe(
      '买家改选其他款式',
    );
    const ship = await post(`/api/orders/${order.id}/ship`, { carrier: '顺丰速运', trackingNo: 'SF0000000001' }, demo.staff);
    expect([ship.status, ship.body.code]).toEqual([409, 'ORDER_TRANSITION_INVALID']);
    const after = (await get(`/api/orders/${order.id}`, buyer.token)).body;
    expect([after.status, after.carrier, after.history.length]).toEqual(['cancelled', null, 2]);
  });

  it('refuses to mark an expired deal order paid', async () => {
    const buyer = await newBuyer(t.url);
    const sku = (await t.app.get(CatalogService).orderableSku(skuId))!;
    const [deal] = await t.app.get(OrderWriter).insert([
      {
        type: 'deal',
        buyer: { id: buyer.id, name: '测试买家' },
        sku,
        quantity: 1,
        unitPriceFen: 1990,
        idempotencyKey: randomUUID(),
        requestHash: 'd'.repeat(64),
        dealId: randomUUID(),
        payBy: new Date(Date.now() - 60_000),
      },
    ]);
    expect(deal.status).toBe('confirmed');
    await t.app.get(OrderTransitions).apply({ orderId: deal.id, action: 'expire', actor: 'system', actorId: null });
    const pay = await post(`/api/orders/${deal.id}/pay`, {}, demo.staff);
    expect([pay.status, pay.body.code]).toEqual([409, 'ORDER_TRANSITION_INVALID']);
    const now = (await get(`/api/orders/${deal.id}`, buyer.token)).body;
    expect([now.status, now.history.map((h: { actor: string }) => h.actor)]).toEqual(['expired', ['buyer', 'system']]);
    expect(await inboxTitles(t.url, buyer.token)).toContain(`订单已过期：${deal.orderNo}`);
  });

  it("refuses a side's step taken by the other side (403 ORDER_ACTION_FORBIDDEN)", async () => {
    const buyer = await newBuyer(t.url);
    const order = (await placeOrder(t.url, buyer.token, { type: 'sample', skuId, quantity: 1, shipTo: SHIP_TO })).body;
    const confirm = await post(`/api/orders/${order.id}/confirm`, {}, buyer.token);
    expect([confirm.status, confirm.body.code]).toEqual([403, 'ORDER_ACTION_FORBIDDEN']);
    for (const step of ['confirm', 'pay'])
      expect((await post(`/api/orders/${order.id}/${step}`, {}, demo.staff)).status).toBe(200);
    await post(`/api/orders/${order.id}/ship`, { carrier: '中通快递', trackingNo: '75312345678901' }, demo.staff);
    const complete = await post(`/api/orders/${order.id}/complete`, {}, demo.staff);
    expect([complete.status, complete.body.code]).toEqual([403, 'ORDER_ACTION_FORBIDDEN']);
    expect((await get(`/api/orders/${order.id}`, buyer.token)).body.status).toBe('shipped');
  });

  it("keeps a buyer's order from other buyers and other enterprises' staff (403 NOT_OWNER)", async () => {
    const owner = await newBuyer(t.url);
    const stranger = await newBuyer(t.url);
    const rival = await newExhibitor(t.url);
    const order = (await placeOrder(t.url, owner.token, { type: 'retail', skuId, quantity: 1 })).body;
    for (const token of [stranger.token, rival.token]) {
      for (const r of [
        await get(`/api/orders/${order.id}`, token),
        await get(`/api/orders/${order.id}/payment`, token),
        await post(`/api/orders/${order.id}/cancel`, { reason: '不是我的' }, token),
      ])
        expect([r.status, r.body.code]).toEqual([403, 'NOT_OWNER']);
    }
    expect((await http().patch(`/api/orders/${order.id}/delivery`, { note: 'x' }, stranger.token)).body.code).toBe('NOT_OWNER');
    expect((await post(`/api/orders/${order.id}/confirm`, {}, rival.token)).body.code).toBe('NOT_OWNER');
    expect((await get('/api/my/orders', stranger.token)).body.items).toEqual([]);
    expect((await get('/api/seller/orders', rival.token)).body.items).toEqual([]);
    expect((await get(`/api/orders/${order.id}`, owner.token)).body.status).toBe('placed');
    expect((await get(`/api/orders/${randomUUID()}`, owner.token)).body.code).toBe('ORDER_NOT_FOUND');
    expect((await get('/api/orders/not-a-uuid', owner.token)).body.code).toBe('VALIDATION_FAILED');
    expect((await get(`/api/orders/${order.id}`, '')).body.code).toBe('AUTH_REQUIRED');
  });

  it('gives a cancelled retail order its units back, once, however many cancels race', async () => {
    const buyer = await newBuyer(t.url);
    const before = await stockOf(t.app, skuId);
    const order = (await placeOrder(t.url, buyer.token, { type: 'retail', skuId, quantity: 7 })).body;
    expect(await stockOf(t.app, skuId)).toBe(before - 7);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(`/api/orders/${order.id}/cancel`, { reason: `取消 ${i}` }, i % 2 ? buyer.token : demo.staff),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.code)).toEqual(Array(9).fill('ORDER_TRANSITION_INVALID'));
    expect(await stockOf(t.app, skuId)).toBe(before);
    expect((await get(`/api/orders/${order.id}`, buyer.token)).body.history).toHaveLength(2);
  });

  it('lets exactly one of a racing payment and cancellation win', async () => {
    const buyer = await newBuyer(t.url);
    const before = await stockOf(t.app, skuId);
    const order = (await placeOrder(t.url, buyer.token, { type: 'retail', skuId, quantity: 3 })).body;
    await post(`/api/orders/${order.id}/confirm`, {}, demo.staff);
    const [pay, cancel] = await Promise.all([
      post(`/api/orders/${order.id}/pay`, {}, demo.staff),
      post(`/api/orders/${order.id}/cancel`, { reason: '不要了' }, buyer.token),
    ]);
    expect([pay.status, cancel.status].sort()).toEqual([200, 409]);
    const final = (await get(`/api/orders/${order.id}`, buyer.token)).body.status;
    expect(final).toBe(pay.status === 200 ? 'paid' : 'cancelled');
    expect(await stockOf(t.app, skuId)).toBe(final === 'cancelled' ? before : before - 3);
  });

  it('ships only with an address the buyer can fill in or change until the order ships', async () => {
    const buyer = await newBuyer(t.url);
    const order = (await placeOrder(t.url, buyer.token, { type: 'bulk', skuId, quantity: 50 })).body;
    for (const step of ['confirm', 'pay']) await post(`/api/orders/${order.id}/${step}`, {}, demo.staff);
    const noAddress = await post(`/api/orders/${order.id}/ship`, { carrier: '德邦物流', trackingNo: 'DPK3000123' }, demo.staff);
    expect([noAddress.status, noAddress.body.code]).toEqual([409, 'SHIP_TO_REQUIRED']);
    const filled = await http().patch(
      `/api/orders/${order.id}/delivery`,
      {
        shipTo: SHIP_TO,
        invoice: { kind: 'normal', title: '杭州优选商贸有限公司', taxpayerId: '91330106MA2B1C2D3E' },
        note: '工作日送货',
      },
      buyer.token,
    );
    expect(filled.status).toBe(200);
    expect([filled.body.shipTo, filled.body.invoice.title, filled.body.note]).toEqual([
      SHIP_TO,
      '杭州优选商贸有限公司',
      '工作日送货',
    ]);
    expect(await inboxTitles(t.url, demo.staff)).toContain(`买家更新了收货或开票信息：${order.orderNo}`);
    const withdrawn = await http().patch(`/api/orders/${order.id}/delivery`, { invoice: null }, buyer.token);
    expect([withdrawn.body.invoice, withdrawn.body.shipTo]).toEqual([null, SHIP_TO]);
    expect((await http().patch(`/api/orders/${order.id}/delivery`, {}, buyer.token)).body.code).toBe('VALIDATION_FAILED');
    expect((await http().patch(`/api/orders/${order.id}/delivery`, { note: 'x' }, demo.staff)).body.code).toBe(
      'ORDER_ACTION_FORBIDDEN',
    );
    expect(
      (await post(`/api/orders/${order.id}/ship`, { carrier: '德邦物流', trackingNo: 'DPK3000123' }, demo.staff)).status,
    ).toBe(200);
    const late = await http().patch(`/api/orders/${order.id}/delivery`, { shipTo: { ...SHIP_TO, city: '宁波市' } }, buyer.token);
    expect([late.status, late.body.code]).toEqual([409, 'ORDER_NOT_EDITABLE']);
    expect((await get(`/api/orders/${order.id}`, buyer.token)).body.shipTo.city).toBe('杭州市');
  });

  it.each([
    ['cancel without a reason', 'cancel', {}],
    ['ship without a carrier', 'ship', { trackingNo: 'SF123456' }],
    ['ship with a tracking number of spaces', 'ship', { carrier: '顺丰', trackingNo: 'SF 123 456' }],
    ['pay with an unknown field', 'pay', { amountFen: 1 }],
  ])('answers 400 VALIDATION_FAILED to %s', async (_what, step, body) => {
    const buyer = await newBuyer(t.url);
    const order = (await placeOrder(t.url, buyer.token, { type: 'sample', skuId, quantity: 1 })).body;
    const r = await post(`/api/orders/${order.id}/${step}`, body, demo.staff);
    expect([r.status, r.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
