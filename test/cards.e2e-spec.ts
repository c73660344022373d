import type { CardExchangeView } from '@livefair/protocol';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LEADS_ENGINES, leadsWorld, LeadsWorld } from './support/leads-fixture';
import { TestApp } from './support/test-app';

/** Business cards: saving one's own card, a buyer asking a booth's staff to swap, accept / decline, what each side sees. */
describe.each(LEADS_ENGINES)('business cards on %s', (_engine, start) => {
  let t: TestApp;
  let w: LeadsWorld;
  let ds: DataSource;

  beforeAll(async () => {
    t = await start();
    w = await leadsWorld(t);
    ds = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  const card = (name: string, over: Record<string, unknown> = {}) => ({
    name,
    title: '采购经理',
    company: '杭州优品贸易有限公司',
    phone: '13800138000',
    email: 'buyer@example.cn',
    wechat: 'youpin_buyer',
    ...over,
  });
  const ask = (token: string, boothId: string) => w.http.post('/api/card-exchanges', { boothId }, token);

  it('swaps cards once the booth staff accept; before that neither side sees the other', async () => {
    const buyer = await w.register('buyer', '陈采购');
    expect((await w.http.get('/api/my/card', buyer.token)).body).toEqual({ card: null });
    const noCard = await ask(buyer.token, w.booth.id);
    expect(noCard.status).toBe(409);
    expect(noCard.body.code).toBe('CARD_REQUIRED');

    const saved = await w.http.put('/api/my/card', card('陈采购'), buyer.token);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ userId: buyer.userId, name: '陈采购', wechat: 'youpin_buyer' });
    expect(
      (
        await w.http.put(
          '/api/my/card',
          card('李娜', { title: '外贸经理', company: w.booth.enterprise.name, email: 'lina@example.cn', wechat: 'lina_sales' }),
          w.exhibitor.token,
        )
      ).status,
    ).toBe(200);

    const asked = await ask(buyer.token, w.booth.id);
    expect(asked.status).toBe(201);
    const ex: CardExchangeView = asked.body;
    expect(ex).toMatchObject({
      status: 'pending',
      boothId: w.booth.id,
      enterpriseId: w.booth.enterprise.id,
      buyerCard: null,
      staffCard: null,
    });
    // Asking again is the same exchange, not a second one.
    expect((await ask(buyer.token, w.booth.id)).body.id).toBe(ex.id);
    const incoming = (await w.http.get('/api/card-exchanges', w.exhibitor.token)).body as CardExchangeView[];
    expect(incoming.find((e) => e.id === ex.id)).toMatchObject({ status: 'pending', buyerCard: null });
    expect(
      (await w.notifications(w.exhibitor.token)).some((n) => n.kind === 'card.requested' && n.title.includes('陈采购')),
    ).toBe(true);

    const accepted = await w.http.post(`/api/card-exchanges/${ex.id}/accept`, {}, w.exhibitor.token);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', staffId: w.exhibitor.userId });
    const mine = ((await w.http.get('/api/card-exchanges', buyer.token)).body as CardExchangeView[]).find((e) => e.id === ex.id);
    expect(mine?.staffCard).toMatchObject({ name: '李娜', title: '外贸经理', wechat: 'lina_sales' });
    const theirs = ((await w.http.get('/api/card-exchanges', w.exhibitor.token)).body as CardExchangeView[]).find(
      (e) => e.id === ex.id,
    );
    expect(theirs?.buyerCard).toMatchObject({ name: '陈采购', phone: '13800138000', email: 'buyer@example.cn' });
    expect((await w.notifications(buyer.token)).some((n) => n.kind === 'card.accepted')).toBe(true);

    const twice = await w.http.post(`/api/card-exchanges/${ex.id}/decline`, {}, w.exhibitor.token);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('CARD_EXCHANGE_DECIDED');
  });

  it('lets staff decline; the buyer cannot ask that booth again; strangers cannot answer', async () => {
    const buyer = await w.register('buyer', '刘买家');
    await w.http.put('/api/my/card', card('刘买家'), buyer.token);
    const ex = (await ask(buyer.token, w.booth.id)).body as CardExchangeView;
    const rival = await w.register('exhibitor', '别家工厂');
    const stranger = await w.http.post(`/api/card-exchanges/${ex.id}/accept`, {}, rival.token);
    expect(stranger.status).toBe(403);
    expect(stranger.body.code).toBe('NOT_OWNER');
    expect(((await w.http.get('/api/card-exchanges', rival.token)).body as CardExchangeView[]).length).toBe(0);
    // Buyers answer offers made to them (card-offers.e2e-spec.ts), never their own requests.
    const byBuyer = await w.http.post(`/api/card-exchanges/${ex.id}/accept`, {}, buyer.token);
    expect([byBuyer.status, byBuyer.body.code]).toEqual([403, 'NOT_OWNER']);
    const declined = await w.http.post(`/api/card-exchanges/${ex.id}/decline`, {}, w.exhibitor.token);
    expect(declined.body).toMatchObject({ status: 'declined', buyerCard: null, staffCard: null });
    const again = await ask(buyer.token, w.booth.id);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CARD_EXCHANGE_DECLINED');
    expect((await w.http.post(`/api/card-exchanges/${randomUUID()}/accept`, {}, w.exhibitor.token)).body.code).toBe(
      'CARD_EXCHANGE_NOT_FOUND',
    );
  });

  it('validates cards and bounds requests per day', async () => {
    const buyer = await w.register('buyer', '赵买家');
    for (const [over, field] of [
      [{ name: '' }, 'name'],
      [{ email: 'nope' }, 'email'],
      [{ phone: 'call me' }, 'phone'],
      [{ wechat: '微信号' }, 'wechat'],
      [{ title: '长'.repeat(65) }, 'title'],
      [{ fax: '123' }, 'fax'],
    ] as const) {
      const res = await w.http.put('/api/my/card', card('赵买家', over), buyer.token);
      expect({ field, status: res.status, code: res.body.code }).toEqual({ field, status: 400, code: 'VALIDATION_FAILED' });
    }
    expect((await w.http.get('/api/my/card', buyer.token)).body.card).toBeNull();
    await w.http.put('/api/my/card', card('赵买家', { phone: undefined, email: undefined, wechat: undefined }), buyer.token);
    expect((await ask(buyer.token, randomUUID())).body.code).toBe('BOOTH_NOT_FOUND');

    const expo = (await w.http.get(`/api/expos/${w.booth.expoId}`)).body;
    const booths: string[] = [];
    for (const hall of expo.halls) for (const b of (await w.http.get(`/api/halls/${hall.id}/booths`)).body) booths.push(b.id);
    expect(booths.length).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < 4; i++) expect((await ask(buyer.token, booths[i])).status).toBe(201);
    const fifth = await ask(buyer.token, booths[4]);
    expect(fifth.status).toBe(429);
    expect(fifth.body.code).toBe('RATE_LIMITED');
    const rows = await ds.query('SELECT COUNT(*) AS n FROM card_exchanges WHERE buyerId = ?', [buyer.userId]);
    expect(Number(rows[0].n)).toBe(4);
    expect((await w.http.get('/api/card-exchanges')).status).toBe(401);
    expect((await w.http.put('/api/my/card', card('x'), w.organizer.token)).body.code).toBe('FORBIDDEN_ROLE');
  });
});
