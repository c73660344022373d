import { EventBus } from '@livefair/core';
import type { DomainEvents } from '@livefair/core';
import type { BuyerLeadView, LeadDetailView, LeadView } from '@livefair/protocol';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LEADS_ENGINES, leadsWorld, LeadsWorld } from './support/leads-fixture';
import { TestApp } from './support/test-app';

/**
 * Booth inquiries end to end over HTTP: a buyer's inquiry lands in the exhibitor's leads inbox
 * (and the exhibitor's notifications), walks new -> contacted -> quoted -> won with notes, the
 * buyer sees each status; replays, ownership, bad input and the daily bounds.
 */
describe.each(LEADS_ENGINES)('booth inquiries on %s', (_engine, start) => {
  let t: TestApp;
  let w: LeadsWorld;
  let ds: DataSource;
  const events: DomainEvents['leads.inquiry-created'][] = [];

  beforeAll(async () => {
    t = await start();
    w = await leadsWorld(t);
    ds = t.app.get(DataSource);
    t.app.get(EventBus).subscribe('leads.inquiry-created', (e) => {
      events.push(e);
    });
  });
  afterAll(() => t?.close());

  const count = async (table: string) => Number((await ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  it('lands in the inbox, walks to won with notes, and the buyer sees every status', async () => {
    const buyer = await w.register('buyer', '陈采购');
    const res = await w.inquire(buyer.token, w.inquiryBody());
    expect(res.status).toBe(201);
    const lead: BuyerLeadView = res.body;
    expect(lead).toMatchObject({
      status: 'new',
      boothId: w.booth.id,
      boothCode: w.booth.code,
      enterpriseId: w.booth.enterprise.id,
      enterpriseName: w.booth.enterprise.name,
      expoId: w.booth.expoId,
      buyerId: buyer.userId,
      buyerName: '陈采购',
      productId: w.product.id,
      productName: w.product.name,
      quantity: 500,
      unit: w.product.unit,
      contact: { name: '王小明', company: '杭州优品贸易有限公司', phone: '138 0013 8000', email: 'wang@example.cn' },
    });
    expect(events.find((e) => e.leadId === lead.id)).toEqual({
      leadId: lead.id,
      boothId: w.booth.id,
      enterpriseId: w.booth.enterprise.id,
      expoId: w.booth.expoId,
      buyerId: buyer.userId,
      productId: w.product.id,
      quantity: 500,
      at: lead.createdAt,
    });

    const inbox = await w.http.get('/api/seller/leads?status=new', w.exhibitor.token);
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.map((l: LeadView) => l.id)).toContain(lead.id);
    const notice = (await w.notifications(w.exhibitor.token)).find(
      (n) => n.kind === 'lead.created' && n.body.includes('杭州优品'),
    );
    expect(notice?.title).toContain(w.booth.code);

    expect((await w.note(w.exhibitor.token, lead.id, '已电话联系，客户下周来厂看样')).status).toBe(201);
    const steps: [string, Record<string, unknown>][] = [
      ['contacted', { to: 'contacted' }],
      ['quoted', { to: 'quoted' }],
      ['won', { to: 'won' }],
    ];
    for (const [to, body] of steps) {
      const step = await w.status(w.exhibitor.token, lead.id, body);
      expect(step.status).toBe(200);
      expect(step.body.status).toBe(to);
      const mine = await w.http.get(`/api/my/booth-inquiries/${lead.id}`, buyer.token);
      expect(mine.body.status).toBe(to);
    }
    expect((await w.note(w.exhibitor.token, lead.id, '首单 500 件已下单')).status).toBe(201);

    const detail: LeadDetailView = (await w.lead(w.exhibitor.token, lead.id)).body;
    expect(detail.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'new'],
      ['new', 'contacted'],
      ['contacted', 'quoted'],
      ['quoted', 'won'],
    ]);
    expect(detail.notes.map((n) => n.body)).toEqual(['已电话联系，客户下周来厂看样', '首单 500 件已下单']);
    expect(detail.noteCount).toBe(2);
    expect(detail.next).toEqual([]);

    const buyerLines = (await w.notifications(buyer.token)).filter((n) => n.kind === 'lead.status');
    expect(buyerLines.map((n) => n.title)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('已联系'),
        expect.stringContaining('已报价'),
        expect.stringContaining('已成交'),
      ]),
    );
    expect(buyerLines).toHaveLength(3);
    const list = await w.http.get('/api/my/booth-inquiries', buyer.token);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ id: lead.id, status: 'won' });
    expect(list.body.items[0].noteCount).toBeUndefined();
    // A buyer never sees the exhibitor's notes.
    expect(JSON.stringify((await w.http.get(`/api/my/booth-inquiries/${lead.id}`, buyer.token)).body)).not.toContain('看样');
  });

  it('refuses illegal steps with a code, and lost needs a reason', async () => {
    const buyer = await w.register('buyer', '刘买家');
    const lead = (await w.inquire(buyer.token, w.inquiryBody())).body;
    const skip = await w.status(w.exhibitor.token, lead.id, { to: 'won' });
    expect(skip.status).toBe(409);
    expect(skip.body.code).toBe('LEAD_TRANSITION_INVALID');
    const noReason = await w.status(w.exhibitor.token, lead.id, { to: 'lost' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('LEAD_REASON_REQUIRED');
    const bad = await w.status(w.exhibitor.token, lead.id, { to: 'archived' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const lost = await w.status(w.exhibitor.token, lead.id, { to: 'lost', reason: '客户预算不足' });
    expect(lost.status).toBe(200);
    expect(lost.body).toMatchObject({ status: 'lost', lostReason: '客户预算不足' });
    const again = await w.status(w.exhibitor.token, lead.id, { to: 'contacted' });
    expect(again.body.code).toBe('LEAD_TRANSITION_INVALID');
    const history = (await w.lead(w.exhibitor.token, lead.id)).body.history;
    expect(history.map((h: { to: string }) => h.to)).toEqual(['new', 'lost']);
    expect((await w.notifications(buyer.token)).find((n) => n.kind === 'lead.status')?.body).toContain('客户预算不足');
  });

  it('links a quoted lead to the RFQ it was quoted through, only one between the same buyer and enterprise', async () => {
    const rfqOf = async (token: string) => {
      const res = await w.http.post(
        '/api/rfqs',
        {
          productId: w.product.id,
          boothId: w.booth.id,
          quantity: 500,
          deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          deliveryProvince: '浙江',
        },
        token,
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const buyer = await w.register('buyer', '韩买家');
    const other = await w.register('buyer', '杨买家');
    const lead = (await w.inquire(buyer.token, w.inquiryBody())).body;
    const ownRfq = await rfqOf(buyer.token);
    const foreignRfq = await rfqOf(other.token);
    await w.status(w.exhibitor.token, lead.id, { to: 'contacted' });
    const early = await w.status(w.exhibitor.token, lead.id, { to: 'lost', reason: 'x', rfqId: ownRfq });
    expect(early.body.code).toBe('LEAD_RFQ_MISMATCH');
    const foreign = await w.status(w.exhibitor.token, lead.id, { to: 'quoted', rfqId: foreignRfq });
    expect(foreign.status).toBe(422);
    expect(foreign.body.code).toBe('LEAD_RFQ_MISMATCH');
    expect((await w.status(w.exhibitor.token, lead.id, { to: 'quoted', rfqId: randomUUID() })).body.code).toBe('RFQ_NOT_FOUND');
    expect((await w.lead(w.exhibitor.token, lead.id)).body).toMatchObject({ status: 'contacted', rfqId: null });
    const quoted = await w.status(w.exhibitor.token, lead.id, { to: 'quoted', rfqId: ownRfq });
    expect(quoted.status).toBe(200);
    expect(quoted.body).toMatchObject({ status: 'quoted', rfqId: ownRfq });
    expect((await w.http.get(`/api/my/booth-inquiries/${lead.id}`, buyer.token)).body.rfqId).toBe(ownRfq);
  });

  it('answers a replay with the same lead, and refuses a reused or missing key', async () => {
    const buyer = await w.register('buyer', '赵买家');
    const key = `inq-${randomUUID()}`;
    const first = await w.inquire(buyer.token, w.inquiryBody(), key);
    const second = await w.inquire(buyer.token, w.inquiryBody(), key);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    const reused = await w.inquire(buyer.token, w.inquiryBody({ quantity: 900 }), key);
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const missing = await w.inquire(buyer.token, w.inquiryBody(), null);
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    const rows = await ds.query('SELECT COUNT(*) AS n FROM leads WHERE buyerId = ?', [buyer.userId]);
    expect(Number(rows[0].n)).toBe(1);
    expect(events.filter((e) => e.buyerId === buyer.userId)).toHaveLength(1);
  });

  it('shows a lead only to its enterprise and its buyer', async () => {
    const buyer = await w.register('buyer', '孙买家');
    const lead = (await w.inquire(buyer.token, w.inquiryBody())).body;
    const rival = await w.register('exhibitor', '别家工厂');
    for (const res of [
      await w.lead(rival.token, lead.id),
      await w.status(rival.token, lead.id, { to: 'contacted' }),
      await w.note(rival.token, lead.id, '偷看'),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('NOT_OWNER');
    }
    expect((await w.http.get('/api/seller/leads', rival.token)).body.total).toBe(0);
    const otherBuyer = await w.register('buyer', '周买家');
    const peek = await w.http.get(`/api/my/booth-inquiries/${lead.id}`, otherBuyer.token);
    expect(peek.status).toBe(403);
    expect(peek.body.code).toBe('NOT_OWNER');
    for (const path of ['/api/seller/leads', `/api/seller/leads/${lead.id}`, '/api/seller/leads/export.csv']) {
      const res = await w.http.get(path, w.organizer.token);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN_ROLE');
    }
    expect((await w.inquire(w.exhibitor.token, w.inquiryBody())).body.code).toBe('FORBIDDEN_ROLE');
    expect((await w.http.get('/api/seller/leads')).status).toBe(401);
    expect((await w.lead(w.exhibitor.token, randomUUID())).body.code).toBe('LEAD_NOT_FOUND');
    // Untouched by the refused calls.
    expect((await w.lead(w.exhibitor.token, lead.id)).body).toMatchObject({ status: 'new', noteCount: 0 });
  });

  it('refuses bad contacts, foreign products and unknown booths with codes, storing nothing', async () => {
    const buyer = await w.register('buyer', '吴买家');
    const before = [await count('leads'), await count('lead_events'), await count('lead_user_locks')];
    const cases: [Record<string, unknown>, number, string][] = [
      [{ contact: { name: '王小明' } }, 422, 'LEAD_CONTACT_REQUIRED'],
      [{ contact: { name: '王小明', email: 'not-an-email' } }, 400, 'VALIDATION_FAILED'],
      [{ contact: { name: '王小明', phone: '电话号码' } }, 400, 'VALIDATION_FAILED'],
      [{ contact: { name: '  ', phone: '13800138000' } }, 400, 'VALIDATION_FAILED'],
      [{ message: '' }, 400, 'VALIDATION_FAILED'],
      [{ message: '长'.repeat(2001) }, 400, 'VALIDATION_FAILED'],
      [{ quantity: 0 }, 400, 'VALIDATION_FAILED'],
      [{ quantity: 1.5 }, 400, 'VALIDATION_FAILED'],
      [{ extra: 'field' }, 400, 'VALIDATION_FAILED'],
      [{ productId: w.otherBooth.products[0].id }, 422, 'LEAD_PRODUCT_NOT_IN_BOOTH'],
      [{ productId: randomUUID() }, 422, 'LEAD_PRODUCT_NOT_IN_BOOTH'],
      [{ boothId: randomUUID() }, 404, 'BOOTH_NOT_FOUND'],
      [{ boothId: 'not-a-uuid' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [over, status, code] of cases) {
      const res = await w.inquire(buyer.token, w.inquiryBody(over));
      expect({ over, status: res.status, code: res.body.code }).toEqual({ over, status, code });
    }
    expect([await count('leads'), await count('lead_events'), await count('lead_user_locks')]).toEqual(before);
    // A phone alone or an email alone is enough; no product is fine.
    const phoneOnly = await w.inquire(
      buyer.token,
      w.inquiryBody({ productId: undefined, quantity: undefined, contact: { name: '王', phone: '0571-8888 6666' } }),
    );
    expect(phoneOnly.status).toBe(201);
    expect(phoneOnly.body).toMatchObject({ productId: null, productName: null, quantity: null, unit: null });
    const emailOnly = await w.inquire(buyer.token, w.inquiryBody({ contact: { name: 'Tom', email: 'tom@example.com' } }));
    expect(emailOnly.status).toBe(201);
  });

  it('bounds inquiries per buyer per booth and per day, without storing the refused ones', async () => {
    const buyer = await w.register('buyer', '钱买家');
    for (let i = 0; i < 3; i++) expect((await w.inquire(buyer.token, w.inquiryBody())).status).toBe(201);
    const fourth = await w.inquire(buyer.token, w.inquiryBody());
    expect(fourth.status).toBe(429);
    expect(fourth.body.code).toBe('RATE_LIMITED');
    const other = w.inquiryBody({ boothId: w.otherBooth.id, productId: w.otherBooth.products[0].id });
    for (let i = 0; i < 2; i++) expect((await w.inquire(buyer.token, other)).status).toBe(201);
    const sixth = await w.inquire(buyer.token, other);
    expect(sixth.status).toBe(429);
    expect(sixth.body.message).toContain('5 booth inquiries a day');
    const rows = await ds.query('SELECT COUNT(*) AS n FROM leads WHERE buyerId = ?', [buyer.userId]);
    expect(Number(rows[0].n)).toBe(5);
  });

  it('holds under concurrency: one lead per key, and the booth bound exactly', async () => {
    const buyer = await w.register('buyer', '蒋买家');
    const key = `race-${randomUUID()}`;
    const same = await Promise.all([1, 2, 3].map(() => w.inquire(buyer.token, w.inquiryBody(), key)));
    expect(same.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(same.map((r) => r.body.id)).size).toBe(1);
    const racers = await Promise.all([1, 2, 3, 4].map(() => w.inquire(buyer.token, w.inquiryBody())));
    expect(racers.map((r) => r.status).sort()).toEqual([201, 201, 429, 429]);
    const rows = await ds.query('SELECT COUNT(*) AS n FROM leads WHERE buyerId = ?', [buyer.userId]);
    expect(Number(rows[0].n)).toBe(3);
  });

  it('filters the inbox by status, booth, date and words', async () => {
    const buyer = await w.register('buyer', '郑买家');
    const a = (
      await w.inquire(
        buyer.token,
        w.inquiryBody({
          message: '请问有没有抗起球面料？',
          contact: { name: '郑一', company: '宁波甬达', phone: '13900001111' },
        }),
      )
    ).body;
    await w.status(w.exhibitor.token, a.id, { to: 'contacted' });
    const ids = async (query: string) =>
      ((await w.http.get(`/api/seller/leads${query}`, w.exhibitor.token)).body.items as LeadView[]).map((l) => l.id);
    expect(await ids('?q=抗起球')).toEqual([a.id]);
    expect(await ids('?q=甬达')).toEqual([a.id]);
    expect(await ids('?q=100%25')).toEqual([]);
    expect(await ids(`?status=contacted&q=${encodeURIComponent('郑一')}`)).toEqual([a.id]);
    expect(await ids(`?status=new&q=${encodeURIComponent('郑一')}`)).toEqual([]);
    expect(await ids(`?boothId=${w.booth.id}&q=${encodeURIComponent('郑一')}`)).toEqual([a.id]);
    expect(await ids(`?boothId=${w.otherBooth.id}&q=${encodeURIComponent('郑一')}`)).toEqual([]);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    expect(await ids(`?from=${encodeURIComponent(tomorrow)}`)).toEqual([]);
    expect(await ids(`?to=${encodeURIComponent(tomorrow)}&q=${encodeURIComponent('郑一')}`)).toEqual([a.id]);
    expect((await w.http.get('/api/seller/leads?from=yesterday', w.exhibitor.token)).body.code).toBe('VALIDATION_FAILED');
    expect((await w.http.get('/api/seller/leads?pageSize=1000', w.exhibitor.token)).body.code).toBe('VALIDATION_FAILED');
  });

  it('exports CSV as UTF-8 with a BOM, in Chinese or English', async () => {
    const buyer = await w.register('buyer', '冯买家');
    const lead = (
      await w.inquire(buyer.token, w.inquiryBody({ message: '=1+1 想要样品', contact: { name: '冯二', phone: '13700002222' } }))
    ).body;
    const csv = await w.exportCsv(w.exhibitor.token, `?q=${encodeURIComponent('冯二')}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^"线索编号","状态","提交时间（北京时间）"/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"${lead.id}","待跟进"`);
    expect(lines[1]).toContain('"13700002222\t"');
    expect(lines[1]).toContain(`"'=1+1 想要样品"`);
    expect(lines[1]).toContain(`"${w.product.name}","500"`);
    const en = await w.exportCsv(w.exhibitor.token, `?lang=en&q=${encodeURIComponent('冯二')}`);
    expect(en.text.slice(1).split('\r\n')[1]).toContain('"New"');
    const rival = await w.register('exhibitor', '另一家');
    const none = await w.exportCsv(rival.token);
    expect(none.text.slice(1).split('\r\n')).toHaveLength(2);
  });

  it('keeps notes append-only and bounded', async () => {
    const buyer = await w.register('buyer', '褚买家');
    const lead = (await w.inquire(buyer.token, w.inquiryBody())).body;
    expect((await w.note(w.exhibitor.token, lead.id, '')).body.code).toBe('VALIDATION_FAILED');
    for (let i = 0; i < 100; i++) expect((await w.note(w.exhibitor.token, lead.id, `第 ${i + 1} 条备注`)).status).toBe(201);
    const full = await w.note(w.exhibitor.token, lead.id, '第 101 条');
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('LEAD_NOTES_FULL');
    const rows = await ds.query('SELECT COUNT(*) AS n FROM lead_notes WHERE leadId = ?', [lead.id]);
    expect(Number(rows[0].n)).toBe(100);
    expect((await w.lead(w.exhibitor.token, lead.id)).body.noteCount).toBe(100);
  });
});
