import { randomUUID } from 'node:crypto';
import { EventBus, TokenService } from '@livefair/core';
import { DataSource } from 'typeorm';
import { Expo } from '@livefair/expo/entities/expo.entity';
import { Ev, rebuild, rolledUp, sendEvents, visitEvents } from './support/analytics-fixture';
import { httpClient } from './support/http';
import { DemoLogins, demoLogins, newBuyer } from './support/live-fixture';
import { addProduct, newExhibitor, placeOrder, SHIP_TO } from './support/orders-fixture';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

/**
 * A known walk through the demo expo: two visitors, known order and dwell (heartbeats with set
 * timestamps), an inquiry (the leads context's event) and a real order; the roll-ups must show
 * exactly what the walk produced, and a rebuild from the raw events the same numbers.
 */
describe('analytics: ingest, roll-ups, dashboards (MariaDB + Redis)', () => {
  let t: TestApp;
  let demo: DemoLogins;
  let organizer: string;
  let expoId: string;
  let hallA: string;
  let a01: string;
  let a02: string;
  let buyer: { token: string; id: string };
  let orderTotal: number;
  const leadId = randomUUID();
  const v1 = randomUUID();
  const v2 = randomUUID();
  const http = () => httpClient(t.url);
  const rawCount = async () => Number((await t.app.get(DataSource).query('SELECT COUNT(*) AS n FROM analytics_events'))[0].n);
  const expoView = async (token = organizer) => (await http().get(`/api/analytics/expos/${expoId}`, token)).body;
  const boothView = async (id = a01, token = demo.staff) => (await http().get(`/api/analytics/booths/${id}`, token)).body;
  const walk: Ev[] = [];

  beforeAll(async () => {
    t = await startProductionApp('analytics', {
      DEMO_DATA: 'true',
      TRUST_PROXY: '1',
      ANALYTICS_MAX_EVENT_AGE_MINUTES: '180',
      ANALYTICS_VISITOR_EVENTS_PER_MINUTE: '60',
      ANALYTICS_IP_EVENTS_PER_MINUTE: '150',
      ORDERS_MAX_PER_MINUTE: '100',
    });
    demo = await demoLogins(t);
    organizer = (await http().post('/api/auth/login', { email: 'organizer@demo.livefair.cn', password: demoPassword(t) })).body
      .accessToken;
    a01 = demo.boothId;
    const booth = (await http().get(`/api/booths/${a01}`)).body;
    expoId = booth.expoId;
    hallA = booth.hallId;
    a02 = (await http().get(`/api/halls/${hallA}/booths`)).body.find((b: { code: string }) => b.code === 'A02').id;
    buyer = await newBuyer(t.url, '李采购');

    // The walk, one hour back, aligned to that hour's start.
    const t0 = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000;
    const hallEnter = { id: randomUUID(), type: 'hall.enter', occurredAt: new Date(t0).toISOString(), expoId, hallId: hallA };
    // v1 (logged in): hall A -> A01 60 s (a product, two watched heartbeats) -> A02 20 s -> A01 15 s
    const v1a = [
      hallEnter,
      ...visitEvents(a01, t0, { enterAt: 10, heartbeats: [25, 40, 55], watching: [40, 55], productViews: [30], leaveAt: 70 }),
    ];
    const v1b = visitEvents(a02, t0, { enterAt: 80, heartbeats: [95], leaveAt: 100 });
    const v1c = visitEvents(a01, t0, { enterAt: 120, leaveAt: 135 });
    // v2 (anonymous): A02 45 s -> A01 5 s
    const v2a = visitEvents(a02, t0, { enterAt: 0, heartbeats: [15, 30], leaveAt: 45 });
    const v2b = visitEvents(a01, t0, { enterAt: 60, leaveAt: 65 });
    walk.push(...v1a, ...v1b, ...v1c);
    // In batches as a browser sends them; within a visit, the leave and heartbeats may arrive before the enter.
    const batches: [string, Ev[], string | undefined][] = [
      [v1, v1a, buyer.token],
      [v2, [...v2a].reverse(), undefined],
      [v1, [...[...v1b].reverse(), ...[...v1c].reverse()], buyer.token],
      [v2, v2b, undefined],
    ];
    for (const [visitor, part, token] of batches) {
      const r = await sendEvents(t.url, visitor, part, { token });
      expect(r.status).toBe(202);
      expect(r.body).toEqual({ accepted: part.length, duplicates: 0, rejected: [] });
    }
    t.app.get(EventBus).publish('leads.inquiry-created', {
      leadId,
      boothId: a01,
      enterpriseId: booth.enterprise.id,
      expoId,
      buyerId: buyer.id,
      productId: null,
      quantity: 100,
      at: new Date().toISOString(),
    });
    const sku = (await addProduct(t.app, booth.enterprise.id, { name: '分析测试开衫' })).skuIds[0];
    const order = await placeOrder(t.url, buyer.token, { type: 'bulk', skuId: sku, quantity: 50, shipTo: SHIP_TO });
    expect(order.status).toBe(201);
    orderTotal = order.body.totalFen;
    await rolledUp(t.app);
  });
  afterAll(() => t?.close());

  it('shows the booth exactly as walked: visits, visitors, dwell, peak, watch time, funnel', async () => {
    const a = await boothView();
    expect(a.booth).toMatchObject({
      boothId: a01,
      code: 'A01',
      visits: 3,
      uniqueVisitors: 2,
      repeatVisitors: 1,
      engaged: 1,
      avgDwellSeconds: 26.7, // (60 + 15 + 5) / 3
      medianDwellSeconds: 15,
      peakConcurrent: 2, // v1's first visit and v2's visit share the second minute
      watchMinutes: 0.5,
      productViews: 1,
      inquiries: 1,
      orders: 1,
      orderValueFen: orderTotal,
    });
    expect(orderTotal).toBeGreaterThan(0);
    expect(a.frequency).toEqual([
      { visits: 1, visitors: 1 },
      { visits: 2, visitors: 1 },
    ]);
    const b = (await http().get(`/api/analytics/booths/${a02}`, demo.staff)).status;
    expect(b).toBe(403);
  });

  it('shows the expo: totals, by hall, by hour, top booths, routes and paths', async () => {
    const e = await expoView();
    expect(e.totals).toEqual({
      visits: 5,
      engaged: 2,
      inquiries: 1,
      orders: 1,
      orderValueFen: orderTotal,
      uniqueVisitors: 2,
      repeatVisitors: 2,
      watchMinutes: 0.5,
    });
    const hall = e.byHall.find((h: { hallId: string }) => h.hallId === hallA);
    expect(hall).toMatchObject({ visits: 5, engaged: 2, uniqueVisitors: 2, repeatVisitors: 2, avgDwellSeconds: 29 }); // 145 / 5
    const t0 = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000;
    expect(e.byHour[0]).toMatchObject({
      hour: new Date(t0).toISOString(),
      visits: 5,
      engaged: 2,
      dwellSeconds: 145,
      inquiries: 0,
    });
    expect(e.byHour.reduce((s: number, h: { inquiries: number }) => s + h.inquiries, 0)).toBe(1);
    expect(
      e.topBooths.map((b: { code: string; visits: number; medianDwellSeconds: number }) => [
        b.code,
        b.visits,
        b.medianDwellSeconds,
      ]),
    ).toEqual([
      ['A01', 3, 15],
      ['A02', 2, 32.5],
    ]);
    const routes = Object.fromEntries(
      e.routes.map((r: { from: string; to: string; count: number }) => [`${r.from} ${r.to}`, r.count]),
    );
    expect(routes).toEqual({
      [`entry hall:${hallA}`]: 1,
      [`hall:${hallA} booth:${a01}`]: 1,
      [`booth:${a01} booth:${a02}`]: 1,
      [`booth:${a02} booth:${a01}`]: 2,
      [`entry booth:${a02}`]: 1,
    });
    expect(e.paths.map((p: { steps: string[]; count: number }) => [p.steps.join('>'), p.count]).sort()).toEqual(
      [
        [`booth:${a01}>booth:${a02}>booth:${a01}`, 1],
        [`hall:${hallA}>booth:${a01}>booth:${a02}`, 1],
      ].sort(),
    );
    expect(e.routes[0].toLabel).toContain('A01');
  });

  it('links a lead back to the visits behind it, for that lead’s exhibitor only', async () => {
    const r = await http().get(`/api/analytics/leads/${leadId}/visits`, demo.staff);
    expect(r.status).toBe(200);
    expect(r.body.visits.map((v: { dwellSeconds: number; productViews: number }) => [v.dwellSeconds, v.productViews])).toEqual([
      [60, 1],
      [15, 0],
    ]);
    const other = await newExhibitor(t.url);
    expect((await http().get(`/api/analytics/leads/${leadId}/visits`, other.token)).body.code).toBe('NOT_OWNER');
    expect((await http().get(`/api/analytics/leads/${randomUUID()}/visits`, demo.staff)).body.code).toBe(
      'ANALYTICS_LEAD_NOT_FOUND',
    );
  });

  it('stores a replayed batch once and counts nothing twice', async () => {
    const before = await rawCount();
    const r = await sendEvents(t.url, v1, walk, { token: buyer.token });
    expect(r.body).toEqual({ accepted: 0, duplicates: walk.length, rejected: [] });
    expect(await rawCount()).toBe(before);
    await rolledUp(t.app);
    expect((await boothView()).booth.visits).toBe(3);
  });

  it('rebuilds from the raw events to the same numbers', async () => {
    const strip = (v: { freshness: unknown }) => ({ ...v, freshness: null });
    const expo = strip(await expoView());
    const booth = strip(await boothView());
    await rebuild(t.app);
    expect(strip(await expoView())).toEqual(expo);
    expect(strip(await boothView())).toEqual(booth);
  });

  it('answers each bad event with its index and code and stores only the good ones', async () => {
    const before = await rawCount();
    const now = new Date().toISOString();
    const visitId = randomUUID();
    const r = await sendEvents(t.url, randomUUID(), [
      { id: randomUUID(), type: 'booth.enter', occurredAt: now, boothId: a02, visitId },
      { id: randomUUID(), type: 'booth.enter', occurredAt: now, boothId: a02 }, // no visitId
      { id: randomUUID(), type: 'booth.enter', occurredAt: now, boothId: randomUUID(), visitId }, // unknown booth
      { id: 'not-a-uuid', type: 'heartbeat', occurredAt: now, boothId: a02, visitId },
      { id: randomUUID(), type: 'order', occurredAt: now, boothId: a02, visitId }, // clients do not send orders
      { id: randomUUID(), type: 'heartbeat', occurredAt: '2020-01-01T00:00:00Z', boothId: a02, visitId },
      { id: randomUUID(), type: 'heartbeat', occurredAt: now, boothId: a02, visitId, dwell: 9999 }, // unknown field
      { id: randomUUID(), type: 'hall.enter', occurredAt: now, expoId, hallId: randomUUID() },
      { id: randomUUID(), type: 'heartbeat', occurredAt: new Date(Date.now() + 3_600_000).toISOString(), boothId: a02, visitId },
    ]);
    expect(r.status).toBe(202);
    expect(r.body.accepted).toBe(2);
    expect(r.body.rejected.map((x: { index: number; code: string }) => [x.index, x.code])).toEqual([
      [1, 'EVENT_INVALID'],
      [2, 'EVENT_UNKNOWN_BOOTH'],
      [3, 'EVENT_INVALID'],
      [4, 'EVENT_INVALID'],
      [5, 'EVENT_TOO_OLD'],
      [6, 'EVENT_INVALID'],
      [7, 'EVENT_UNKNOWN_HALL'],
    ]);
    expect(await rawCount()).toBe(before + 2);
    // The future heartbeat was clamped to its receive time.
    const [last] = await t.app
      .get(DataSource)
      .query('SELECT occurredAt, receivedAt FROM analytics_events ORDER BY seq DESC LIMIT 1');
    expect(new Date(last.occurredAt).getTime()).toBe(new Date(last.receivedAt).getTime());
  });

  it('refuses malformed batches whole, with codes', async () => {
    const before = await rawCount();
    expect((await http().post('/api/analytics/events', { visitorId: 'x', events: [] })).body.code).toBe('VALIDATION_FAILED');
    expect((await http().post('/api/analytics/events', { visitorId: randomUUID(), events: [], extra: 1 })).status).toBe(400);
    const many = Array.from({ length: 101 }, () => ({
      id: randomUUID(),
      type: 'heartbeat',
      occurredAt: new Date().toISOString(),
      boothId: a02,
      visitId: randomUUID(),
    }));
    const big = await sendEvents(t.url, randomUUID(), many);
    expect([big.status, big.body.code]).toEqual([413, 'ANALYTICS_BATCH_TOO_LARGE']);
    expect(await rawCount()).toBe(before);
  });

  it('limits a flooding visitor per event and a flooding address per request', async () => {
    const heartbeats = (n: number) =>
      Array.from({ length: n }, () => ({
        id: randomUUID(),
        type: 'heartbeat',
        occurredAt: new Date().toISOString(),
        boothId: a02,
        visitId: randomUUID(),
      }));
    const flooder = randomUUID();
    const r = await sendEvents(t.url, flooder, heartbeats(70));
    expect(r.body.accepted).toBe(60);
    expect(r.body.rejected.map((x: { index: number }) => x.index)).toEqual(Array.from({ length: 10 }, (_, i) => 60 + i));
    expect(new Set(r.body.rejected.map((x: { code: string }) => x.code))).toEqual(new Set(['EVENT_RATE_LIMITED']));
    const ip = '10.250.250.250';
    expect((await sendEvents(t.url, randomUUID(), heartbeats(50), { ip })).body.accepted).toBe(50);
    expect((await sendEvents(t.url, randomUUID(), heartbeats(50), { ip })).body.accepted).toBe(50);
    const third = await sendEvents(t.url, randomUUID(), heartbeats(60), { ip });
    expect(third.body.accepted).toBe(50);
    const fourth = await sendEvents(t.url, randomUUID(), heartbeats(5), { ip });
    expect([fourth.status, fourth.body.code]).toEqual([429, 'RATE_LIMITED']);
    expect(fourth.headers.get('retry-after')).toBeTruthy();
  });

  it('lets organizers see their own expos only and never a buyer or exhibitor', async () => {
    // Organizers do not self-register: this one is minted as the organizer API (h-expo) would see it.
    const otherId = randomUUID();
    const token = t.app
      .get(TokenService)
      .sign({ userId: otherId, role: 'organizer', enterpriseId: null, displayName: '另一主办方' });
    const own = await t.app
      .get(DataSource)
      .getRepository(Expo)
      .save({
        id: randomUUID(),
        slug: `other-${Date.now()}`,
        name: '另一场展会',
        status: 'open',
        startsAt: new Date(),
        endsAt: new Date(Date.now() + 86_400_000),
        organizerId: otherId,
      });
    expect((await http().get(`/api/analytics/expos/${expoId}`, token)).body.code).toBe('NOT_OWNER');
    const mine = await http().get(`/api/analytics/expos/${own.id}`, token);
    expect([mine.status, mine.body.totals.visits]).toEqual([200, 0]);
    expect((await http().get(`/api/analytics/expos/${expoId}`, demo.buyer)).body.code).toBe('FORBIDDEN_ROLE');
    expect((await http().get(`/api/analytics/expos/${expoId}`, demo.staff)).body.code).toBe('FORBIDDEN_ROLE');
    expect((await http().get(`/api/analytics/expos/${expoId}`)).status).toBe(401);
    expect((await http().get(`/api/analytics/expos/${randomUUID()}`, organizer)).body.code).toBe('ANALYTICS_EXPO_NOT_FOUND');
  });

  it('exports CSV for Excel (UTF-8 with BOM)', async () => {
    const res = await fetch(`${t.url}/api/analytics/expos/${expoId}/booths.csv`, {
      headers: { authorization: `Bearer ${organizer}` },
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toContain('"展位号"');
    expect(lines.find((l) => l.startsWith('"A01"'))).toContain('"3"');
    const booth = await fetch(`${t.url}/api/analytics/booths/${a01}/hours.csv?lang=en`, {
      headers: { authorization: `Bearer ${demo.staff}` },
    });
    expect((await booth.text()).split('\r\n')[0]).toContain('Hour (UTC)');
  });
});
