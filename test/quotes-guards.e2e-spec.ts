import { RFQ_LIMITS, type RfqView } from '@livefair/protocol';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { inDays, QUOTE_ENGINES, quotesWorld, QuotesWorld } from './support/quotes-fixture';
import { TestApp } from './support/test-app';

/**
 * Who may see and act in a thread, what a request must look like, and the bounds on what one
 * buyer or one thread can pile up; every refusal has its stable code and writes nothing.
 */
describe.each(QUOTE_ENGINES)('quotation guards on %s', (_engine, start) => {
  let t: TestApp;
  let w: QuotesWorld;
  let ds: DataSource;

  beforeAll(async () => {
    t = await start();
    w = await quotesWorld(t);
    ds = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  const count = async (table: string) => Number((await ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const expectCode = (res: { status: number; body: unknown }, status: number, code: string) =>
    expect([res.status, (res.body as { code?: string }).code]).toEqual([status, code]);

  it('shows a thread only to its buyer and the enterprise staff; only they act, each on their side', async () => {
    const rfq: RfqView = (await w.createRfq(w.buyer.token)).body;
    const quote = (await w.offer(w.exhibitor.token, rfq.id)).body;
    const otherBuyer = await w.register('buyer', '李采购');
    const otherSeller = await w.register('exhibitor', '赵经理');

    for (const who of [otherBuyer, otherSeller, w.organizer]) {
      expectCode(await w.thread(who.token, rfq.id), 403, 'RFQ_NOT_PARTY');
      expect((await w.message(who.token, rfq.id, '你好')).status).toBe(403);
      expect((await w.close(who.token, rfq.id)).status).toBe(403);
    }
    expectCode(await w.offer(otherSeller.token, rfq.id), 403, 'RFQ_NOT_PARTY');
    expectCode(await w.accept(otherBuyer.token, quote.id, {}, randomUUID()), 403, 'RFQ_NOT_PARTY');
    expectCode(await w.decline(otherBuyer.token, quote.id), 403, 'RFQ_NOT_PARTY');
    // Roles: a seller cannot accept, a buyer cannot quote or read the seller inbox.
    expectCode(await w.accept(w.exhibitor.token, quote.id, {}, randomUUID()), 403, 'FORBIDDEN_ROLE');
    expectCode(await w.offer(w.buyer.token, rfq.id), 403, 'FORBIDDEN_ROLE');
    expectCode(await w.http.get('/api/seller/rfqs', w.buyer.token), 403, 'FORBIDDEN_ROLE');
    expectCode(await w.createRfq(w.exhibitor.token), 403, 'FORBIDDEN_ROLE');
    expectCode(await w.thread('', rfq.id), 401, 'AUTH_REQUIRED');
    expectCode(await w.http.get(`/api/rfqs/${randomUUID()}`, w.buyer.token), 404, 'RFQ_NOT_FOUND');
    expectCode(await w.accept(w.buyer.token, randomUUID(), {}, randomUUID()), 404, 'QUOTE_NOT_FOUND');

    expect((await w.http.get('/api/my/rfqs', otherBuyer.token)).body.total).toBe(0);
    expect((await w.http.get('/api/seller/rfqs', otherSeller.token)).body.total).toBe(0);
    expect((await w.thread(w.buyer.token, rfq.id)).body.rfq.latestQuote?.status).toBe('offered');
    expect(Number((await ds.query('SELECT COUNT(*) AS n FROM orders WHERE quoteId = ?', [quote.id]))[0].n)).toBe(0);
  });

  it('validates an RFQ field by field with VALIDATION_FAILED, and refers to real products, SKUs and booths', async () => {
    const rfqs = await count('rfqs');
    const bad: [Record<string, unknown>, string][] = [
      [{ productId: 'p1' }, 'productId'],
      [{ quantity: 0 }, 'quantity'],
      [{ quantity: 2.5 }, 'quantity'],
      [{ quantity: RFQ_LIMITS.maxQuantity + 1 }, 'quantity'],
      [{ targetUnitPriceFen: 17.5 }, 'targetUnitPriceFen'],
      [{ deadline: new Date(Date.now() - 60_000).toISOString() }, 'deadline'],
      [{ deadline: '2026-12-31T16:00:00' }, 'deadline'],
      [{ deadline: '明天' }, 'deadline'],
      [{ deadline: inDays(RFQ_LIMITS.maxDeadlineDays + 1) }, 'deadline'],
      [{ deliveryProvince: 'Zhejiang' }, 'deliveryProvince'],
      [{ requirements: '料'.repeat(RFQ_LIMITS.requirementsChars + 1) }, 'requirements'],
      [{ message: 42 }, 'message'],
      [{ price: 1 }, 'price'],
    ];
    for (const [over, field] of bad) {
      const res = await w.createRfq(w.buyer.token, over);
      expect([res.status, res.body.code, over]).toEqual([400, 'VALIDATION_FAILED', over]);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expectCode(await w.createRfq(w.buyer.token, { productId: randomUUID() }), 404, 'PRODUCT_NOT_FOUND');
    expectCode(await w.createRfq(w.buyer.token, { skuId: w.booth.products[1].skus[0].id }), 404, 'SKU_NOT_FOUND');
    expectCode(await w.createRfq(w.buyer.token, { boothId: w.otherBooth.id }), 404, 'BOOTH_NOT_FOUND');
    expect(await count('rfqs')).toBe(rfqs);

    // Lengths count characters (code points), emoji included, as the columns do.
    const emoji = await w.createRfq(w.buyer.token, { requirements: '🧵'.repeat(RFQ_LIMITS.requirementsChars) });
    expect(emoji.status).toBe(201);
    expect((await w.thread(w.buyer.token, emoji.body.id)).body.rfq.requirements).toBe('🧵'.repeat(RFQ_LIMITS.requirementsChars));
  });

  it('validates quotes, messages, reasons and accept bodies', async () => {
    const rfq: RfqView = (await w.createRfq(w.buyer.token)).body;
    const quotes = await count('quotes');
    const badQuotes: [Record<string, unknown>, string][] = [
      [{ unitPriceFen: 0 }, 'unitPriceFen'],
      [{ unitPriceFen: '1799' }, 'unitPriceFen'],
      [{ unitPriceFen: RFQ_LIMITS.maxUnitPriceFen + 1 }, 'unitPriceFen'],
      [{ validUntil: new Date(Date.now() - 1000).toISOString() }, 'validUntil'],
      [{ validUntil: inDays(RFQ_LIMITS.maxValidDays + 1) }, 'validUntil'],
      [{ paymentTerms: '款'.repeat(RFQ_LIMITS.termsChars + 1) }, 'paymentTerms'],
      [{ leadTimeDays: -1 }, 'leadTimeDays'],
      [{ skuId: 'sku-1' }, 'skuId'],
    ];
    for (const [over, field] of badQuotes) {
      const res = await w.offer(w.exhibitor.token, rfq.id, over);
      expect([res.status, res.body.code, over]).toEqual([400, 'VALIDATION_FAILED', over]);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expectCode(await w.offer(w.exhibitor.token, rfq.id, { skuId: w.booth.products[1].skus[0].id }), 404, 'SKU_NOT_FOUND');
    expectCode(
      await w.offer(w.exhibitor.token, rfq.id, { unitPriceFen: RFQ_LIMITS.maxUnitPriceFen, quantity: RFQ_LIMITS.maxQuantity }),
      422,
      'ORDER_TOTAL_TOO_LARGE',
    );
    expect(await count('quotes')).toBe(quotes);

    for (const body of ['', '   ', '话'.repeat(RFQ_LIMITS.messageChars + 1)])
      expectCode(await w.message(w.buyer.token, rfq.id, body), 400, 'VALIDATION_FAILED');
    expectCode(
      await w.http.post(`/api/rfqs/${rfq.id}/messages`, { body: '你好', extra: 1 }, w.buyer.token),
      400,
      'VALIDATION_FAILED',
    );
    expectCode(await w.close(w.buyer.token, rfq.id, '因'.repeat(RFQ_LIMITS.reasonChars + 1)), 400, 'VALIDATION_FAILED');
    expectCode(await w.http.get('/api/my/rfqs?status=whatever', w.buyer.token), 400, 'VALIDATION_FAILED');
    expectCode(await w.http.get(`/api/my/rfqs?pageSize=${RFQ_LIMITS.pageSizeMax + 1}`, w.buyer.token), 400, 'VALIDATION_FAILED');
    expectCode(await w.http.get('/api/rfqs/not-an-id', w.buyer.token), 400, 'VALIDATION_FAILED');

    const quote = (await w.offer(w.exhibitor.token, rfq.id)).body;
    const shipTo = { contactName: '王经理', phone: '13812345678', province: '浙江', city: '杭州', address: '文一西路 969 号' };
    const badAccepts: [Record<string, unknown>, string][] = [
      [{ shipTo: { ...shipTo, province: ' ' } }, 'shipTo.province'],
      [{ shipTo: { ...shipTo, phone: 'call me' } }, 'shipTo.phone'],
      [{ invoice: { kind: 'special', title: '杭州某某商贸有限公司', taxpayerId: '91330100MA2XXXXX0Y' } }, 'invoice.bankName'],
      [{ invoice: { kind: 'normal', title: '杭州某某商贸有限公司', taxpayerId: '123' } }, 'invoice.taxpayerId'],
      [{ note: '注'.repeat(501) }, 'note'],
    ];
    for (const [body, field] of badAccepts) {
      const res = await w.accept(w.buyer.token, quote.id, body, randomUUID());
      expect([res.status, res.body.code, body]).toEqual([400, 'VALIDATION_FAILED', body]);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const invoice = { kind: 'normal', title: '杭州某某商贸有限公司', taxpayerId: '91330100ma2xxxxx0y', email: 'fp@example.cn' };
    const ok = await w.accept(w.buyer.token, quote.id, { shipTo, invoice }, randomUUID());
    expect(ok.status).toBe(201);
    expect(ok.body.invoice).toMatchObject({ kind: 'normal', taxpayerId: '91330100MA2XXXXX0Y' });
  });

  it(`bounds a buyer's open RFQs at ${RFQ_LIMITS.openPerBuyer}, also when they race, and RFQs a day at ${RFQ_LIMITS.createdPerBuyerPerDay}`, async () => {
    const racer = await w.register('buyer', '并发采购');
    const made = await Promise.all(Array.from({ length: RFQ_LIMITS.openPerBuyer + 5 }, () => w.createRfq(racer.token)));
    const outcomes = made.map((r) => (r.status === 201 ? 'made' : `${r.status} ${r.body.code}`));
    expect(outcomes.filter((o) => o === 'made')).toHaveLength(RFQ_LIMITS.openPerBuyer);
    expect(outcomes.filter((o) => o !== 'made')).toEqual(Array(5).fill('409 RFQ_OPEN_LIMIT'));
    expect((await w.http.get('/api/my/rfqs?status=active', racer.token)).body.total).toBe(RFQ_LIMITS.openPerBuyer);

    // Closing one makes room; the daily bound still counts closed ones.
    const ids = made.filter((r) => r.status === 201).map((r) => r.body.id as string);
    for (const id of ids) expect((await w.close(racer.token, id)).status).toBe(200);
    for (let i = RFQ_LIMITS.openPerBuyer; i < RFQ_LIMITS.createdPerBuyerPerDay; i++)
      expect((await w.createRfq(racer.token)).status).toBe(201);
    expectCode(await w.createRfq(racer.token), 429, 'RATE_LIMITED');
  });

  it(`bounds messages at ${RFQ_LIMITS.messagesPerMinute} a minute per sender and ${RFQ_LIMITS.messagesPerThread} a thread, and quotes at ${RFQ_LIMITS.quotesPerThread}`, async () => {
    const rfq: RfqView = (await w.createRfq(w.buyer.token)).body;
    for (let i = 0; i < RFQ_LIMITS.messagesPerMinute; i++)
      expect((await w.message(w.buyer.token, rfq.id, `第 ${i + 1} 条`)).status).toBe(201);
    expectCode(await w.message(w.buyer.token, rfq.id, '太快了'), 429, 'RATE_LIMITED');
    // The other side is counted on its own.
    expect((await w.message(w.exhibitor.token, rfq.id, '收到')).status).toBe(201);
    expect((await w.thread(w.buyer.token, rfq.id)).body.rfq.messageCount).toBe(RFQ_LIMITS.messagesPerMinute + 1);

    // A thread that already holds the most messages and quotes (made so directly: the per-minute bound would take an hour).
    await ds.query('UPDATE rfqs SET messageCount = ?, quoteCount = ? WHERE id = ?', [
      RFQ_LIMITS.messagesPerThread,
      RFQ_LIMITS.quotesPerThread,
      rfq.id,
    ]);
    expectCode(await w.message(w.exhibitor.token, rfq.id, '还有一条'), 409, 'RFQ_THREAD_FULL');
    expectCode(await w.offer(w.exhibitor.token, rfq.id), 409, 'RFQ_THREAD_FULL');
    expect((await w.thread(w.buyer.token, rfq.id)).body.can).toMatchObject({ message: false, close: true });
  });
});
