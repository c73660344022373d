import { QuoteExpiry } from '@livefair/orders/quotes/quote-expiry';
import type { OrderView, QuoteView, RfqView } from '@livefair/protocol';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { inDays, inMs, QUOTE_ENGINES, quotesWorld, QuotesWorld, sleep } from './support/quotes-fixture';
import { TestApp } from './support/test-app';

/**
 * Requests for quotation end to end over HTTP: the thread both sides see, quotes superseding
 * each other, accepting one into an order (idempotent, once, also when two accepts race),
 * declining, closing, and quotes and RFQs running out of time.
 */
describe.each(QUOTE_ENGINES)('quotations on %s', (_engine, start) => {
  let t: TestApp;
  let w: QuotesWorld;
  let ds: DataSource;

  beforeAll(async () => {
    t = await start();
    w = await quotesWorld(t);
    ds = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  const newRfq = async (over: Record<string, unknown> = {}): Promise<RfqView> => {
    const res = await w.createRfq(w.buyer.token, over);
    expect(res.status).toBe(201);
    return res.body;
  };
  const newQuote = async (rfqId: string, over: Record<string, unknown> = {}): Promise<QuoteView> => {
    const res = await w.offer(w.exhibitor.token, rfqId, over);
    expect(res.status).toBe(201);
    return res.body;
  };
  const ordersOfQuote = async (quoteId: string) =>
    Number((await ds.query('SELECT COUNT(*) AS n FROM orders WHERE quoteId = ?', [quoteId]))[0].n);

  it('carries the whole thread: RFQ, messages both ways and a quote, in time order, with notifications', async () => {
    const rfq = await newRfq();
    expect(rfq).toMatchObject({
      status: 'open',
      buyerName: w.buyer.name,
      enterpriseId: w.booth.enterprise.id,
      enterpriseName: w.booth.enterprise.name,
      boothId: w.booth.id,
      productName: w.product.name,
      skuId: null,
      quantity: 2345,
      targetUnitPriceFen: 1700,
      deliveryProvince: '浙江',
      latestQuote: null,
    });
    const inbox = await w.http.get('/api/seller/rfqs?status=open', w.exhibitor.token);
    expect(inbox.body.items.map((r: RfqView) => r.id)).toContain(rfq.id);
    const created = (await w.notifications(w.exhibitor.token)).find((n) => n.kind === 'rfq.created');
    expect(created?.title).toContain(w.product.name);
    // Each line leads to the thread's page on its reader's side.
    expect(created?.link).toBe(`/my/inquiries/${rfq.id}`);

    expect((await w.message(w.exhibitor.token, rfq.id, '您好，请问需要什么颜色？')).status).toBe(201);
    expect((await w.message(w.buyer.token, rfq.id, '藏青和白色各一半')).status).toBe(201);
    expect(
      (await w.notifications(w.buyer.token)).some((n) => n.kind === 'rfq.message' && n.body === '您好，请问需要什么颜色？'),
    ).toBe(true);

    // The buyer named no SKU and the product has several: the quote must name one.
    const noSku = await w.offer(w.exhibitor.token, rfq.id, { skuId: undefined });
    expect(noSku.status).toBe(422);
    expect(noSku.body.code).toBe('QUOTE_SKU_REQUIRED');
    const quote = await newQuote(rfq.id);
    expect(quote).toMatchObject({
      status: 'offered',
      skuId: w.product.skus[1].id,
      quantity: 2345,
      unitPriceFen: 1799,
      totalFen: 1799 * 2345,
      leadTimeDays: 12,
    });
    const quoted = (await w.notifications(w.buyer.token)).find((n) => n.kind === 'rfq.quoted');
    expect(quoted?.body).toContain('¥17.99');
    expect(quoted?.link).toBe(`/my/rfqs/${rfq.id}`);

    for (const who of [w.buyer, w.exhibitor]) {
      const thread = await w.thread(who.token, rfq.id);
      expect(thread.status).toBe(200);
      expect(thread.body.rfq.status).toBe('quoted');
      expect(thread.body.rfq.message).toBe('您好，想要一批内销款，能否报个价？');
      expect(thread.body.entries.map((e) => (e.kind === 'message' ? e.message.body : `quote ${e.quote.unitPriceFen}`))).toEqual([
        '您好，请问需要什么颜色？',
        '藏青和白色各一半',
        'quote 1799',
      ]);
      expect(thread.body.entries.map((e) => e.at)).toEqual(thread.body.entries.map((e) => e.at).sort());
    }
    // The seller's staff get the product's SKUs to quote from; the buyer does not need them.
    expect((await w.thread(w.exhibitor.token, rfq.id)).body.quotableSkus.map((s) => s.id)).toEqual(
      w.product.skus.map((s) => s.id),
    );
    expect((await w.thread(w.buyer.token, rfq.id)).body.quotableSkus).toEqual([]);
    expect((await w.thread(w.buyer.token, rfq.id)).body).toMatchObject({
      viewerSide: 'buyer',
      can: { message: true, quote: false, accept: true, decline: true, close: true },
    });
    expect((await w.thread(w.exhibitor.token, rfq.id)).body).toMatchObject({
      viewerSide: 'exhibitor',
      can: { message: true, quote: true, accept: false, decline: false, close: true },
    });
  });

  it('accepts a quote into one confirmed order priced from the quote, and replays or refuses further accepts', async () => {
    const rfq = await newRfq({ skuId: w.product.skus[0].id, quantity: 3000 });
    const older = await newQuote(rfq.id, { unitPriceFen: 1850, skuId: undefined });
    expect(older.skuId).toBe(w.product.skus[0].id);
    const quote = await newQuote(rfq.id, { unitPriceFen: 1733, quantity: 4321, skuId: undefined });

    // The newer quote superseded the older one.
    const superseded = await w.accept(w.buyer.token, older.id, {}, randomUUID());
    expect(superseded.status).toBe(409);
    expect(superseded.body.code).toBe('QUOTE_SUPERSEDED');
    expect((await w.thread(w.buyer.token, rfq.id)).body.entries.map((e) => e.kind === 'quote' && e.quote.status)).toEqual([
      'superseded',
      'offered',
    ]);

    const key = randomUUID();
    const body = {
      shipTo: { contactName: '王经理', phone: '13812345678', province: '浙江', city: '杭州', address: '余杭区文一西路 969 号' },
      note: '请尽快安排',
    };
    const first = await w.accept(w.buyer.token, quote.id, body, key);
    expect(first.status).toBe(201);
    const order: OrderView = first.body;
    expect(order).toMatchObject({
      type: 'quote',
      status: 'confirmed',
      quoteId: quote.id,
      buyerId: w.buyer.userId,
      enterpriseId: w.booth.enterprise.id,
      boothId: w.booth.id,
      skuId: w.product.skus[0].id,
      productName: w.product.name,
      quantity: 4321,
      unitPriceFen: 1733,
      totalFen: 7_488_293,
      note: '请尽快安排',
    });
    expect(order.shipTo).toMatchObject({ city: '杭州' });
    expect(order.history.map((h) => h.to)).toEqual(['confirmed']);
    expect(first.headers.get('idempotent-replayed')).toBeNull();

    const again = await w.accept(w.buyer.token, quote.id, body, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(order);
    const otherBody = await w.accept(w.buyer.token, quote.id, { ...body, note: '改一下' }, key);
    expect(otherBody.status).toBe(422);
    expect(otherBody.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherKey = await w.accept(w.buyer.token, quote.id, body, randomUUID());
    expect(otherKey.status).toBe(409);
    expect(otherKey.body.code).toBe('QUOTE_ALREADY_DECIDED');
    expect(await ordersOfQuote(quote.id)).toBe(1);

    const thread = (await w.thread(w.exhibitor.token, rfq.id)).body;
    expect(thread.rfq).toMatchObject({ status: 'accepted', orderId: order.id, orderNo: order.orderNo });
    expect(thread.rfq.latestQuote).toMatchObject({ id: quote.id, status: 'accepted', orderId: order.id });
    expect(thread.can).toMatchObject({ message: true, quote: false, close: false });
    expect((await w.notifications(w.exhibitor.token)).find((n) => n.kind === 'rfq.accepted')?.body).toContain(order.orderNo);
    // Follow-up messages still flow; quotes do not.
    expect((await w.message(w.exhibitor.token, rfq.id, '已收到，下周发货')).status).toBe(201);
    expect((await w.offer(w.exhibitor.token, rfq.id)).body.code).toBe('RFQ_NOT_OPEN');
    expect((await w.close(w.buyer.token, rfq.id)).body.code).toBe('RFQ_NOT_OPEN');
  });

  it('asks for a well-formed Idempotency-Key on accept', async () => {
    const rfq = await newRfq();
    const quote = await newQuote(rfq.id);
    const missing = await w.accept(w.buyer.token, quote.id, {});
    expect([missing.status, missing.body.code]).toEqual([400, 'IDEMPOTENCY_KEY_REQUIRED']);
    const bad = await w.accept(w.buyer.token, quote.id, {}, 'short');
    expect([bad.status, bad.body.code]).toEqual([400, 'IDEMPOTENCY_KEY_INVALID']);
    const spaces = await w.accept(w.buyer.token, quote.id, {}, 'has spaces in it');
    expect([spaces.status, spaces.body.code]).toEqual([400, 'IDEMPOTENCY_KEY_INVALID']);
    expect(await ordersOfQuote(quote.id)).toBe(0);
    // The key of an accepted quote cannot accept another one.
    const key = randomUUID();
    expect((await w.accept(w.buyer.token, quote.id, {}, key)).status).toBe(201);
    const next = await newQuote((await newRfq()).id);
    const reused = await w.accept(w.buyer.token, next.id, {}, key);
    expect([reused.status, reused.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    expect(await ordersOfQuote(next.id)).toBe(0);
  });

  it('makes one order when accepts race: other keys are refused, the same key replays', async () => {
    const rfq = await newRfq();
    const quote = await newQuote(rfq.id);
    const racing = await Promise.all(Array.from({ length: 6 }, () => w.accept(w.buyer.token, quote.id, {}, randomUUID())));
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(racing.filter((r) => r.status === 409).every((r) => r.body.code === 'QUOTE_ALREADY_DECIDED')).toBe(true);
    expect(await ordersOfQuote(quote.id)).toBe(1);

    const second = await newQuote((await newRfq()).id);
    const key = randomUUID();
    const sameKey = await Promise.all(
      Array.from({ length: 4 }, () => w.accept(w.buyer.token, second.id, { note: '同一请求' }, key)),
    );
    expect(sameKey.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(sameKey.map((r) => r.body.id)).size).toBe(1);
    expect(sameKey.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(3);
    expect(await ordersOfQuote(second.id)).toBe(1);
  });

  it('declines with a reason; the seller may quote again, the declined quote stays declined', async () => {
    const rfq = await newRfq();
    const quote = await newQuote(rfq.id, { unitPriceFen: 2500 });
    const declined = await w.decline(w.buyer.token, quote.id, '价格高于预算');
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: '价格高于预算' });
    expect((await w.thread(w.exhibitor.token, rfq.id)).body.rfq.status).toBe('declined');
    expect((await w.notifications(w.exhibitor.token)).find((n) => n.kind === 'rfq.declined')?.body).toContain('价格高于预算');
    expect((await w.decline(w.buyer.token, quote.id)).body.code).toBe('QUOTE_ALREADY_DECIDED');
    expect((await w.accept(w.buyer.token, quote.id, {}, randomUUID())).body.code).toBe('QUOTE_ALREADY_DECIDED');

    const better = await newQuote(rfq.id, { unitPriceFen: 1900 });
    expect((await w.thread(w.buyer.token, rfq.id)).body.rfq).toMatchObject({ status: 'quoted', latestQuote: { id: better.id } });
    expect((await w.accept(w.buyer.token, better.id, {}, randomUUID())).status).toBe(201);
  });

  it('closes: the buyer declines the quote on offer, the seller withdraws it; closed threads take nothing more', async () => {
    const byBuyer = await newRfq();
    const offered = await newQuote(byBuyer.id);
    const closed = await w.close(w.buyer.token, byBuyer.id, '已找到供应商');
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedBy: 'buyer', closeReason: '已找到供应商' });
    expect(closed.body.latestQuote).toMatchObject({ id: offered.id, status: 'declined', declineReason: '已找到供应商' });
    expect((await w.notifications(w.exhibitor.token)).find((n) => n.kind === 'rfq.closed')?.body).toContain('已找到供应商');
    expect((await w.close(w.buyer.token, byBuyer.id)).body.code).toBe('RFQ_NOT_OPEN');
    expect((await w.message(w.buyer.token, byBuyer.id, '还在吗')).body.code).toBe('RFQ_NOT_OPEN');
    expect((await w.offer(w.exhibitor.token, byBuyer.id)).body.code).toBe('RFQ_NOT_OPEN');
    expect((await w.accept(w.buyer.token, offered.id, {}, randomUUID())).body.code).toBe('QUOTE_ALREADY_DECIDED');

    const bySeller = await newRfq();
    const withdrawn = await newQuote(bySeller.id);
    const res = await w.close(w.exhibitor.token, bySeller.id, '该款已停产');
    expect(res.body).toMatchObject({ status: 'closed', closedBy: 'exhibitor' });
    expect(res.body.latestQuote).toMatchObject({ id: withdrawn.id, status: 'withdrawn' });
    expect((await w.notifications(w.buyer.token)).find((n) => n.kind === 'rfq.closed')?.body).toContain('该款已停产');
  });

  it('refuses an expired quote; the RFQ reads open again, and the sweep writes both down', async () => {
    const rfq = await newRfq();
    const quote = await newQuote(rfq.id, { validUntil: inMs(1500) });
    await sleep(1700);
    const thread = (await w.thread(w.buyer.token, rfq.id)).body;
    expect(thread.rfq.status).toBe('open');
    expect(thread.rfq.latestQuote?.status).toBe('expired');
    expect(thread.can).toMatchObject({ accept: false, decline: false });
    const accepted = await w.accept(w.buyer.token, quote.id, {}, randomUUID());
    expect([accepted.status, accepted.body.code]).toEqual([409, 'QUOTE_EXPIRED']);
    expect((await w.decline(w.buyer.token, quote.id)).body.code).toBe('QUOTE_EXPIRED');
    expect(await ordersOfQuote(quote.id)).toBe(0);
    const open = await w.http.get('/api/my/rfqs?status=open', w.buyer.token);
    expect(open.body.items.map((r: RfqView) => r.id)).toContain(rfq.id);

    await t.app.get(QuoteExpiry).sweep();
    expect(await ds.query('SELECT status FROM quotes WHERE id = ?', [quote.id])).toEqual([{ status: 'expired' }]);
    expect(await ds.query('SELECT status FROM rfqs WHERE id = ?', [rfq.id])).toEqual([{ status: 'open' }]);
    // The seller may quote again before the deadline.
    expect((await w.offer(w.exhibitor.token, rfq.id)).status).toBe(201);
  });

  it('expires an RFQ past its deadline: no quotes or messages, listed as expired, stored by the sweep', async () => {
    const rfq = await newRfq({ deadline: inMs(1500) });
    await sleep(1700);
    expect((await w.thread(w.buyer.token, rfq.id)).body.rfq.status).toBe('expired');
    expect((await w.offer(w.exhibitor.token, rfq.id)).body.code).toBe('RFQ_NOT_OPEN');
    expect((await w.message(w.buyer.token, rfq.id, '还能报价吗？')).body.code).toBe('RFQ_NOT_OPEN');
    expect((await w.close(w.buyer.token, rfq.id)).body.code).toBe('RFQ_NOT_OPEN');
    const expired = await w.http.get('/api/seller/rfqs?status=expired', w.exhibitor.token);
    expect(expired.body.items.map((r: RfqView) => r.id)).toContain(rfq.id);
    const active = await w.http.get('/api/seller/rfqs?status=active&pageSize=50', w.exhibitor.token);
    expect(active.body.items.map((r: RfqView) => r.id)).not.toContain(rfq.id);
    await t.app.get(QuoteExpiry).sweep();
    expect(await ds.query('SELECT status FROM rfqs WHERE id = ?', [rfq.id])).toEqual([{ status: 'expired' }]);
  });

  it('keeps a live quote acceptable after the deadline (the deadline is for quotes to arrive)', async () => {
    const rfq = await newRfq({ deadline: inMs(1500) });
    const quote = await newQuote(rfq.id, { validUntil: inDays(2) });
    await sleep(1700);
    expect((await w.thread(w.buyer.token, rfq.id)).body.rfq.status).toBe('quoted');
    expect((await w.offer(w.exhibitor.token, rfq.id)).body.code).toBe('RFQ_NOT_OPEN');
    expect((await w.accept(w.buyer.token, quote.id, {}, randomUUID())).status).toBe(201);
  });

  it('lists by status and search, newest activity first, paged', async () => {
    const marker = `检索标记${randomUUID().slice(0, 6)}`;
    const other = w.booth.products[1];
    const a = await newRfq({ productId: other.id, requirements: marker });
    const b = await newRfq({ productId: other.id });
    await newQuote(b.id, { skuId: other.skus[0].id });
    const byName = await w.http.get(
      `/api/seller/rfqs?q=${encodeURIComponent(other.name.slice(0, 4))}&pageSize=50`,
      w.exhibitor.token,
    );
    expect(byName.body.items.map((r: RfqView) => r.id).slice(0, 2)).toEqual([b.id, a.id]);
    expect(byName.body.items.every((r: RfqView) => r.productName.includes(other.name.slice(0, 4)))).toBe(true);
    const quoted = await w.http.get('/api/my/rfqs?status=quoted&pageSize=50', w.buyer.token);
    expect(quoted.body.items.map((r: RfqView) => r.id)).toContain(b.id);
    expect(quoted.body.items.map((r: RfqView) => r.id)).not.toContain(a.id);
    expect(quoted.body.items.every((r: RfqView) => r.status === 'quoted')).toBe(true);
    // % and _ are taken literally.
    expect((await w.http.get('/api/my/rfqs?q=%25', w.buyer.token)).body.total).toBe(0);
    const paged = await w.http.get('/api/my/rfqs?page=2&pageSize=1', w.buyer.token);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 1 });
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBeGreaterThan(2);
    const buyerName = await w.http.get(`/api/seller/rfqs?q=${encodeURIComponent(w.buyer.name)}&pageSize=1`, w.exhibitor.token);
    expect(buyerName.body.total).toBeGreaterThan(2);
  });

  it('documents the quotation API in the OpenAPI document', async () => {
    const doc = (await w.http.get('/api/docs/openapi.json')).body;
    for (const path of [
      '/api/rfqs',
      '/api/my/rfqs',
      '/api/seller/rfqs',
      '/api/rfqs/{id}',
      '/api/rfqs/{id}/messages',
      '/api/rfqs/{id}/quotes',
      '/api/rfqs/{id}/close',
      '/api/quotes/{id}/accept',
      '/api/quotes/{id}/decline',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
    const accept = doc.paths['/api/quotes/{id}/accept'].post;
    expect(accept.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toContain('header:Idempotency-Key');
    expect(Object.keys(doc.components.schemas.CreateRfqDto.properties)).toEqual(
      expect.arrayContaining([
        'productId',
        'skuId',
        'boothId',
        'quantity',
        'targetUnitPriceFen',
        'deadline',
        'deliveryProvince',
        'requirements',
        'message',
      ]),
    );
    expect(doc.components.schemas.CreateRfqDto.properties.deliveryProvince.enum).toContain('浙江');
  });
});
