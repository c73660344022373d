import type { CampaignDashboard, CampaignWebhookEvent, DemandWithSuggestions, NotificationView } from '@livefair/protocol';
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { eventually, newBuyer } from './support/live-fixture';
import { inDays, QUOTE_ENGINES, quotesWorld, QuotesWorld } from './support/quotes-fixture';
import { TestApp } from './support/test-app';

const SECRET = 'campaign-secret-0123456789';

interface Received {
  raw: string;
  headers: Record<string, string | string[] | undefined>;
  status: number;
}

/**
 * A webhook receiver as a third party would write one: it reads the raw body, recomputes the
 * HMAC-SHA256 of `<timestamp>.<body>` with the shared secret, and refuses the first `failFirst`
 * deliveries with a 500 (to see the queue's retries).
 */
function receiver(failFirst: number) {
  const got: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const status = got.length < failFirst ? 500 : 204;
      got.push({ raw, headers: req.headers, status });
      res.statusCode = status;
      res.end();
    });
  });
  const verified = (r: Received) => {
    const t = String(r.headers['x-livefair-timestamp']);
    const want = `sha256=${createHmac('sha256', SECRET).update(`${t}.${r.raw}`).digest('hex')}`;
    const fresh = Math.abs(Date.now() / 1000 - Number(t)) < 300;
    return r.headers['x-livefair-signature'] === want && fresh;
  };
  /** Deliveries the receiver accepted, parsed; only those whose signature checks out. */
  const events = () => got.filter((r) => r.status === 204 && verified(r)).map((r) => JSON.parse(r.raw) as CampaignWebhookEvent);
  return {
    got,
    events,
    verified,
    listen: () =>
      new Promise<string>((ok) =>
        server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`)),
      ),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/**
 * Organizer campaigns end to end, on MariaDB + Redis and on the embedded default (sql.js, the
 * in-process queue): a campaign for the demo expo, its webhook
 * (signed; a receiver failing twice gets the event on the third try), a push of suggestions to
 * both sides with linked inbox lines (never twice), the supplier answering from orders for you
 * with a quote the buyer finds in its quotes, the buyer accepting it, a decline; the dashboard
 * counting each; bad input and other people's campaigns refused with their codes.
 */
describe.each(QUOTE_ENGINES)('matchmaking campaigns on %s', (_engine, start) => {
  let t: TestApp;
  let w: QuotesWorld;
  const hook = receiver(2);
  let hookUrl: string;
  let campaignId: string;

  beforeAll(async () => {
    hookUrl = await hook.listen();
    t = await start();
    w = await quotesWorld(t);
    // The demo exhibitor's supplier profile (derived from its catalog) exists once it looks at its orders for you.
    expect((await w.http.get('/api/matching/orders-for-you', w.exhibitor.token)).status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
    await hook.close();
  });

  const campaignBody = (over: Record<string, unknown> = {}) => ({
    name: '演示展会 内销对接月',
    scope: 'expo',
    expoId: w.booth.expoId,
    startsAt: new Date(Date.now() - 3_600_000).toISOString(),
    endsAt: inDays(30),
    ...over,
  });
  const needBody = (text: string) => ({
    text,
    quantity: 3000,
    unit: '件',
    targetUnitPriceFen: 2000,
    deliveryProvince: '浙江',
    deadline: inDays(20),
  });
  const dashboard = async () => {
    const res = await w.http.get<CampaignDashboard>(`/api/matching/campaigns/${campaignId}`, w.organizer.token);
    if (res.status !== 200) throw new Error(`dashboard: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const inbox = async (token: string) => (await w.http.get<NotificationView[]>('/api/notifications', token)).body;

  it('creates a campaign for the organizer’s expo and refuses bad scopes, windows and other roles', async () => {
    const bad = async (body: Record<string, unknown>, code: string, status = 400) => {
      const res = await w.http.post('/api/matching/campaigns', body, w.organizer.token);
      expect([res.status, res.body.code]).toEqual([status, code]);
    };
    await bad(campaignBody({ expoId: undefined }), 'CAMPAIGN_SCOPE_INVALID');
    await bad(campaignBody({ scope: 'region', expoId: undefined }), 'CAMPAIGN_SCOPE_INVALID');
    await bad(campaignBody({ expoId: randomUUID() }), 'NOT_OWNER', 403);
    await bad(campaignBody({ endsAt: new Date(Date.now() - 7_200_000).toISOString() }), 'CAMPAIGN_WINDOW_INVALID');
    await bad(campaignBody({ scope: 'region', expoId: undefined, provinces: ['火星'] }), 'VALIDATION_FAILED');
    await bad(campaignBody({ categoryCodes: ['no.such'] }), 'MATCH_UNKNOWN_CATEGORY');
    await bad(campaignBody({ startsAt: '2026-12-01T00:00:00' }), 'VALIDATION_FAILED');
    await bad(campaignBody({ extra: 1 }), 'VALIDATION_FAILED');
    const asBuyer = await w.http.post('/api/matching/campaigns', campaignBody(), w.buyer.token);
    expect([asBuyer.status, asBuyer.body.code]).toEqual([403, 'FORBIDDEN_ROLE']);

    const res = await w.http.post('/api/matching/campaigns', campaignBody(), w.organizer.token);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ scope: 'expo', expoId: w.booth.expoId, webhook: null });
    campaignId = res.body.id;
    const region = await w.http.post(
      '/api/matching/campaigns',
      campaignBody({ scope: 'region', expoId: undefined, provinces: ['浙江', '广东'], name: '浙粤区域' }),
      w.organizer.token,
    );
    expect(region.status).toBe(201);
    const list = await w.http.get('/api/matching/campaigns', w.organizer.token);
    expect(list.body.map((c: any) => c.id)).toEqual(expect.arrayContaining([campaignId, region.body.id]));
    // Another organizer's (or a buyer's) eyes: refused.
    expect((await w.http.get(`/api/matching/campaigns/${campaignId}`, w.buyer.token)).status).toBe(403);
    const missing = await w.http.get(`/api/matching/campaigns/${randomUUID()}`, w.organizer.token);
    expect([missing.status, missing.body.code]).toEqual([404, 'CAMPAIGN_NOT_FOUND']);
  });

  it('takes only http(s) webhook URLs and a secret of 16+ characters, and never shows the secret', async () => {
    const put = (body: unknown) => w.http.put(`/api/matching/campaigns/${campaignId}/webhook`, body, w.organizer.token);
    for (const url of ['ftp://example.cn/x', 'javascript:alert(1)', 'not a url', 'http://user:pw@example.cn/x']) {
      const res = await put({ url, secret: SECRET });
      expect([url, res.status, res.body.code]).toEqual([url, 400, 'CAMPAIGN_WEBHOOK_URL_INVALID']);
    }
    expect((await put({ url: hookUrl, secret: 'short' })).body.code).toBe('VALIDATION_FAILED');
    const ok = await put({ url: hookUrl, secret: SECRET });
    expect(ok.status).toBe(200);
    expect(ok.body.webhook).toEqual({ url: hookUrl });
    expect(JSON.stringify(ok.body)).not.toContain(SECRET);
  });

  let demand: DemandWithSuggestions;
  let suggestionId: string;

  it('shows the need and its suggested supplier of the expo on the dashboard', async () => {
    const res = await w.http.post('/api/matching/demands', needBody(`求购${w.product.name}，内销款，印logo`), w.buyer.token);
    expect(res.status).toBe(201);
    demand = res.body;
    expect(demand.suggestions.map((s) => s.supplier.enterpriseId)).toContain(enterpriseOfExhibitor());
    const d = await dashboard();
    expect(d.counts.demands).toBeGreaterThanOrEqual(1);
    expect(d.demands.map((x) => x.id)).toContain(demand.id);
    const mine = d.matches.find((m) => m.demandId === demand.id && m.enterpriseId === enterpriseOfExhibitor());
    expect(mine).toMatchObject({ pushedAt: null, response: null, rank: expect.any(Number) });
    suggestionId = mine!.suggestionId;
  });

  const enterpriseOfExhibitor = () => w.booth.enterprise.id;

  it('pushes a suggestion to both sides once: linked inbox lines, a signed webhook retried until the receiver takes it', async () => {
    const push = (body: unknown) => w.http.post(`/api/matching/campaigns/${campaignId}/push`, body, w.organizer.token);
    expect((await push({})).body.code).toBe('CAMPAIGN_PUSH_INVALID');
    expect((await push({ topPerDemand: 11 })).body.code).toBe('VALIDATION_FAILED');
    expect((await push({ suggestionIds: [randomUUID()] })).body.code).toBe('MATCH_NOT_SUGGESTED');

    const first = await push({ suggestionIds: [suggestionId] });
    expect(first.status).toBe(200);
    expect(first.body.pushed).toEqual([suggestionId]);
    expect(first.body.notifications).toBeGreaterThanOrEqual(2);
    const again = await push({ suggestionIds: [suggestionId] });
    expect(again.body).toEqual({ pushed: [], alreadyPushed: [suggestionId], notifications: 0 });

    const buyerLine = (await inbox(w.buyer.token)).find((n) => n.kind === 'matching.suggested');
    expect(buyerLine).toMatchObject({ link: `/my/demands/${demand.id}` });
    const staffLines = (await inbox(w.exhibitor.token)).filter((n) => n.kind === 'matching.suggested');
    expect(staffLines.map((n) => n.link)).toEqual([`/my/orders-for-you?demand=${demand.id}`]);

    // The receiver refuses the first two tries; the third one, signed like the others, is taken.
    await eventually(() => hook.events().some((e) => e.type === 'suggestion.pushed'), 60_000, 'the pushed event');
    const tries = hook.got.filter((r) => JSON.parse(r.raw).type === 'suggestion.pushed');
    expect(tries.map((r) => r.status)).toEqual([500, 500, 204]);
    expect(new Set(tries.map((r) => r.headers['x-livefair-delivery'])).size).toBe(1);
    expect(tries.every(hook.verified)).toBe(true);
    const event = hook.events().find((e) => e.type === 'suggestion.pushed')!;
    expect(event).toMatchObject({ campaignId, data: { suggestionId, demandId: demand.id } });
    // A body changed in transit no longer matches its signature.
    expect(hook.verified({ ...tries[2], raw: tries[2].raw.replace(demand.id, randomUUID()) })).toBe(false);
    expect((await dashboard()).matches.find((m) => m.suggestionId === suggestionId)?.pushedAt).not.toBeNull();
  });

  let rfqId: string;
  let quoteId: string;

  it('lets the supplier answer from orders for you with a quote the buyer sees in its quotes, counted as a response', async () => {
    const quote = (demandId: string, over: Record<string, unknown> = {}, token = w.exhibitor.token) =>
      w.http.post(
        `/api/matching/orders-for-you/${demandId}/quote`,
        {
          productId: w.product.id,
          skuId: w.product.skus[0].id,
          unitPriceFen: 1888,
          validUntil: inDays(5),
          leadTimeDays: 10,
          ...over,
        },
        token,
      );
    expect((await quote(demand.id, { unitPriceFen: 0 })).body.code).toBe('VALIDATION_FAILED');
    expect((await quote(demand.id, { productId: randomUUID() })).body.code).toBe('PRODUCT_NOT_FOUND');
    expect((await quote(randomUUID())).body.code).toBe('DEMAND_NOT_FOUND');
    expect((await quote(demand.id, {}, w.buyer.token)).status).toBe(403);

    const res = await quote(demand.id);
    expect(res.status).toBe(201);
    rfqId = res.body.rfq.id;
    quoteId = res.body.quote.id;
    expect(res.body.rfq).toMatchObject({ status: 'quoted', buyerId: w.buyer.userId });
    expect((await quote(demand.id)).body.code).toBe('MATCH_ALREADY_ANSWERED');

    const mine = await w.http.get('/api/my/rfqs', w.buyer.token);
    expect(mine.body.items.map((r: any) => r.id)).toContain(rfqId);
    const thread = await w.thread(w.buyer.token, rfqId);
    expect(thread.status).toBe(200);
    expect(thread.body.entries.filter((e: any) => e.kind === 'quote').map((e: any) => e.quote.id)).toEqual([quoteId]);
    const forYou = await w.http.get('/api/matching/orders-for-you', w.exhibitor.token);
    expect(forYou.body.find((i: any) => i.demand.id === demand.id)?.answer).toMatchObject({ kind: 'quoted', rfqId });

    await eventually(async () => (await dashboard()).counts.quoted >= 1, 15_000, 'the quote counted');
    await eventually(() => hook.events().some((e) => e.type === 'response.quoted'), 60_000, 'the quoted event');
    expect(hook.events().find((e) => e.type === 'response.quoted')?.data).toMatchObject({ rfqId, quoteId, origin: 'answer' });
  });

  it('counts the order when the buyer accepts the quote, and announces it', async () => {
    const res = await w.accept(w.buyer.token, quoteId, {}, `accept-${randomUUID()}`);
    expect(res.status).toBe(201);
    await eventually(async () => (await dashboard()).counts.orders === 1, 15_000, 'the order counted');
    const d = await dashboard();
    expect(d.orders[0]).toMatchObject({ orderNo: res.body.orderNo, totalFen: res.body.totalFen, demandId: demand.id });
    expect(d.counts).toMatchObject({ responses: 1, quoted: 1, orders: 1, orderTotalFen: res.body.totalFen });
    await eventually(() => hook.events().some((e) => e.type === 'quote.accepted'), 60_000, 'the accepted event');
    expect(hook.events().find((e) => e.type === 'quote.accepted')?.data).toMatchObject({ orderNo: res.body.orderNo });
  });

  it('lets the supplier decline a need: the buyer is told, the campaign counts a decline', async () => {
    const other = await newBuyer(t.url, '第二位买家');
    const res = await w.http.post('/api/matching/demands', needBody(`采购${w.product.name} 团体服`), other.token);
    expect(res.status).toBe(201);
    expect((await w.http.get('/api/matching/orders-for-you', w.exhibitor.token)).status).toBe(200);
    const reason = 'x'.repeat(201);
    const decline = (body: unknown) =>
      w.http.post(`/api/matching/orders-for-you/${res.body.id}/decline`, body, w.exhibitor.token);
    expect((await decline({ reason })).body.code).toBe('VALIDATION_FAILED');
    const ok = await decline({ reason: '产能已排满' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ kind: 'declined', reason: '产能已排满' });
    expect((await decline({})).body.code).toBe('MATCH_ALREADY_ANSWERED');
    const line = (await inbox(other.token)).find((n) => n.kind === 'matching.declined');
    expect(line).toMatchObject({ link: `/my/demands/${res.body.id}` });
    expect((await dashboard()).counts).toMatchObject({ declined: 1, responses: 2 });
    await eventually(() => hook.events().some((e) => e.type === 'response.declined'), 60_000, 'the declined event');
  });

  it('pushes each suggestion once when two pushes race', async () => {
    const push = () => w.http.post(`/api/matching/campaigns/${campaignId}/push`, { topPerDemand: 3 }, w.organizer.token);
    const [a, b] = await Promise.all([push(), push()]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const pushed = [...a.body.pushed, ...b.body.pushed];
    expect(pushed.length).toBeGreaterThan(0);
    expect(new Set(pushed).size).toBe(pushed.length);
    const d = await dashboard();
    expect(d.matches.filter((m) => m.pushedAt).length).toBe(pushed.length + 1);
  });

  it('bounds webhooks per organizer and stops deliveries once the webhook is removed', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await w.http.post('/api/matching/campaigns', campaignBody({ name: `钩子 ${i}` }), w.organizer.token);
      ids.push(c.body.id);
    }
    const codes: number[] = [];
    for (const id of ids)
      codes.push(
        (await w.http.put(`/api/matching/campaigns/${id}/webhook`, { url: hookUrl, secret: SECRET }, w.organizer.token)).status,
      );
    // The first campaign already has one: four more fit, the fifth is refused.
    expect(codes).toEqual([200, 200, 200, 200, 409]);
    const cleared = await w.http.request('DELETE', `/api/matching/campaigns/${campaignId}/webhook`, { token: w.organizer.token });
    expect(cleared.body.webhook).toBeNull();
  });

  it('holds the campaign bound under concurrent creations', async () => {
    const have = (await w.http.get('/api/matching/campaigns', w.organizer.token)).body.length;
    const results = await Promise.all(
      Array.from({ length: 24 - have }, (_, i) =>
        w.http.post('/api/matching/campaigns', campaignBody({ name: `并发 ${i}` }), w.organizer.token),
      ),
    );
    expect(results.filter((r) => r.status === 201).length).toBe(20 - have);
    expect(results.filter((r) => r.status !== 201).map((r) => r.body.code)).toEqual(Array(4).fill('CAMPAIGN_LIMIT'));
    expect((await w.http.get('/api/matching/campaigns', w.organizer.token)).body.length).toBe(20);
  });
});
