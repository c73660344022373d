import type { CardExchangeView } from '@livefair/protocol';
import { LEADS_ENGINES, leadsWorld, LeadsWorld } from './support/leads-fixture';
import { TestApp } from './support/test-app';

/**
 * Staff-initiated card exchange: a booth's staff member offers their card to the buyer of a lead,
 * the buyer accepts or declines; both sides then see each other's card (or nothing).
 */
describe.each(LEADS_ENGINES)('card offers from booth staff on %s', (_engine, start) => {
  let t: TestApp;
  let w: LeadsWorld;

  beforeAll(async () => {
    t = await start();
    w = await leadsWorld(t);
    const staffCard = { name: '李娜', title: '外贸经理', company: w.booth.enterprise.name, wechat: 'lina_sales' };
    expect((await w.http.put('/api/my/card', staffCard, w.exhibitor.token)).status).toBe(200);
  });
  afterAll(() => t?.close());

  const buyerCard = (name: string) => ({ name, company: '杭州优品贸易有限公司', phone: '13800138000' });
  const offer = (token: string, leadId: string) => w.http.post(`/api/seller/leads/${leadId}/card-offer`, {}, token);
  /** A fresh buyer with a card and a lead at the demo exhibitor's booth. */
  async function buyerWithLead(name: string) {
    const buyer = await w.register('buyer', name);
    expect((await w.http.put('/api/my/card', buyerCard(name), buyer.token)).status).toBe(200);
    const lead = await w.inquire(buyer.token, w.inquiryBody());
    expect(lead.status).toBe(201);
    return { buyer, leadId: lead.body.id as string };
  }

  it('the buyer accepts an offer: each side sees the other card; offering again is the same exchange', async () => {
    const { buyer, leadId } = await buyerWithLead('周采购');
    const offered = await offer(w.exhibitor.token, leadId);
    expect(offered.status).toBe(201);
    const ex: CardExchangeView = offered.body;
    expect(ex).toMatchObject({
      status: 'pending',
      initiatedBy: 'staff',
      buyerId: buyer.userId,
      boothId: w.booth.id,
      staffId: w.exhibitor.userId,
      staffName: '李娜',
      buyerCard: null,
      staffCard: null,
    });
    expect((await offer(w.exhibitor.token, leadId)).body.id).toBe(ex.id);
    const notices = await w.notifications(buyer.token);
    expect(notices.filter((n) => n.kind === 'card.offered').map((n) => n.title)).toEqual([
      `${w.booth.enterprise.name} 想与您交换名片`,
    ]);

    // The buyer sees the offer in its list; the staff cannot answer their own offer.
    const mine = (await w.http.get('/api/card-exchanges', buyer.token)).body as CardExchangeView[];
    expect(mine.map((e) => [e.id, e.initiatedBy, e.status])).toEqual([[ex.id, 'staff', 'pending']]);
    const self = await w.http.post(`/api/card-exchanges/${ex.id}/accept`, {}, w.exhibitor.token);
    expect([self.status, self.body.code]).toEqual([403, 'NOT_OWNER']);
    const other = await w.register('buyer', '路人');
    const stranger = await w.http.post(`/api/card-exchanges/${ex.id}/accept`, {}, other.token);
    expect([stranger.status, stranger.body.code]).toEqual([403, 'NOT_OWNER']);

    const accepted = await w.http.post(`/api/card-exchanges/${ex.id}/accept`, {}, buyer.token);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      buyerCard: { name: '周采购', phone: '13800138000' },
      staffCard: { name: '李娜', wechat: 'lina_sales' },
    });
    const again = await w.http.post(`/api/card-exchanges/${ex.id}/decline`, {}, buyer.token);
    expect([again.status, again.body.code]).toEqual([409, 'CARD_EXCHANGE_DECIDED']);
    const staffSide = ((await w.http.get('/api/card-exchanges', w.exhibitor.token)).body as CardExchangeView[]).find(
      (e) => e.id === ex.id,
    );
    expect(staffSide).toMatchObject({ status: 'accepted', buyerCard: { name: '周采购' }, staffCard: { name: '李娜' } });
    const staffNotices = await w.notifications(w.exhibitor.token);
    expect(staffNotices.some((n) => n.kind === 'card.accepted' && n.title === '周采购 已与您交换名片')).toBe(true);
  });

  it('a declined offer shows no cards and is not offered again; the buyer needs a card to accept', async () => {
    const { buyer, leadId } = await buyerWithLead('吴采购');
    const ex: CardExchangeView = (await offer(w.exhibitor.token, leadId)).body;
    const declined = await w.http.post(`/api/card-exchanges/${ex.id}/decline`, {}, buyer.token);
    expect(declined.body).toMatchObject({ status: 'declined', buyerCard: null, staffCard: null });
    const reoffer = await offer(w.exhibitor.token, leadId);
    expect([reoffer.status, reoffer.body.code]).toEqual([409, 'CARD_EXCHANGE_DECLINED']);
    const ask = await w.http.post('/api/card-exchanges', { boothId: w.booth.id }, buyer.token);
    expect([ask.status, ask.body.code]).toEqual([409, 'CARD_EXCHANGE_DECLINED']);

    // A buyer without a card is offered one and cannot accept until it saves its own.
    const bare = await w.register('buyer', '郑采购');
    const lead = (await w.inquire(bare.token, w.inquiryBody())).body;
    const pending: CardExchangeView = (await offer(w.exhibitor.token, lead.id)).body;
    const noCard = await w.http.post(`/api/card-exchanges/${pending.id}/accept`, {}, bare.token);
    expect([noCard.status, noCard.body.code]).toEqual([409, 'CARD_REQUIRED']);
    // Asking the booth while its offer is pending is the buyer's yes.
    await w.http.put('/api/my/card', buyerCard('郑采购'), bare.token);
    const asked = await w.http.post('/api/card-exchanges', { boothId: w.booth.id }, bare.token);
    expect(asked.body).toMatchObject({ id: pending.id, status: 'accepted', staffCard: { name: '李娜' } });
  });

  it("a pending request of the lead's buyer is accepted by the offer; other enterprises' leads and bad ids are refused", async () => {
    const { buyer, leadId } = await buyerWithLead('钱采购');
    const asked: CardExchangeView = (await w.http.post('/api/card-exchanges', { boothId: w.booth.id }, buyer.token)).body;
    expect(asked).toMatchObject({ initiatedBy: 'buyer', status: 'pending' });
    const offered = await offer(w.exhibitor.token, leadId);
    expect(offered.body).toMatchObject({ id: asked.id, initiatedBy: 'buyer', status: 'accepted', staffCard: { name: '李娜' } });

    const outsider = await w.register('exhibitor', '别家');
    await w.http.put('/api/my/card', { name: '别家', phone: '13900139000' }, outsider.token);
    const foreign = await offer(outsider.token, leadId);
    expect([foreign.status, foreign.body.code]).toEqual([403, 'NOT_OWNER']);
    const asBuyer = await offer(buyer.token, leadId);
    expect([asBuyer.status, asBuyer.body.code]).toEqual([403, 'FORBIDDEN_ROLE']);
    const missing = await offer(w.exhibitor.token, '00000000-0000-4000-8000-000000000000');
    expect([missing.status, missing.body.code]).toEqual([404, 'LEAD_NOT_FOUND']);
    const badId = await offer(w.exhibitor.token, 'not-an-id');
    expect([badId.status, badId.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('offers are bounded per staff member per day (CARDS_MAX_REQUESTS_PER_DAY = 4 in these suites)', async () => {
    // The demo staff member offered 3 cards above (a request it accepted is not an offer): one more may go.
    const fourth = await buyerWithLead('冯采购');
    expect((await offer(w.exhibitor.token, fourth.leadId)).status).toBe(201);
    const fifth = await buyerWithLead('陈采购');
    const over = await offer(w.exhibitor.token, fifth.leadId);
    expect([over.status, over.body.code]).toEqual([429, 'RATE_LIMITED']);
    expect(await w.http.get('/api/card-exchanges', fifth.buyer.token)).toMatchObject({ body: [] });
  });
});
