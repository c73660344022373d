import type { FlashDealView } from '@livefair/protocol';
import { DealService } from '@livefair/orders';
import {
  buyerToken,
  dealOrders,
  dealRow,
  DealStage,
  dealStage,
  newKey,
  postWithKey,
  skuStock,
  startDealApp,
} from './support/deal-fixture';
import { httpClient } from './support/http';
import { TestLiveClient } from './support/live-client';
import { ClientPool, createSession } from './support/live-fixture';
import { TestApp } from './support/test-app';

/**
 * Flash deals end to end, on MariaDB + Redis and on the embedded engine: start, list and stop
 * (booth staff only), buying over the room socket and over HTTP, sold out, the per-buyer limit,
 * idempotent replays and key misuse, the room's broadcasts.
 */
describe.each(['production', 'embedded'] as const)('flash deals (%s)', (engine) => {
  let t: TestApp;
  let stage: DealStage;
  const pool = new ClientPool(() => t.url);
  const join = async (token?: string) => {
    const c = await pool.open(token);
    await c.request('room.join', { sessionId: stage.sessionId, as: 'viewer' });
    return c;
  };
  const start = (c: TestLiveClient, over: Record<string, number> = {}) =>
    c.request('deal.start', { skuId: stage.sku.id, priceFen: 990, quantity: 5, perBuyerLimit: 2, durationSeconds: 600, ...over });

  beforeAll(async () => {
    t = await startDealApp(engine, 'deals');
    stage = await dealStage(t);
  });
  afterAll(async () => {
    pool.closeAll();
    await t?.close();
  });

  it('lets only booth staff start and stop deals, in a live session, within bounds', async () => {
    const viewer = await join();
    const buyer = await join(buyerToken(t).token);
    const staff = await join(stage.staff);
    const payload = { skuId: stage.sku.id, priceFen: 990, quantity: 5, perBuyerLimit: 2, durationSeconds: 600 };
    expect(await viewer.errorCode('deal.start', payload)).toBe('NOT_BOOTH_STAFF');
    expect(await buyer.errorCode('deal.start', payload)).toBe('NOT_BOOTH_STAFF');
    expect(await staff.errorCode('deal.start', { ...payload, priceFen: stage.sku.priceFen + 1 })).toBe('DEAL_PRICE_INVALID');
    expect(await staff.errorCode('deal.start', { ...payload, perBuyerLimit: 6 })).toBe('VALIDATION_FAILED');
    expect(await staff.errorCode('deal.start', { ...payload, durationSeconds: 9 })).toBe('VALIDATION_FAILED');
    expect(await staff.errorCode('deal.start', { ...payload, quantity: 100_001 })).toBe('VALIDATION_FAILED');
    expect(await staff.errorCode('deal.start', { ...payload, extra: 1 })).toBe('VALIDATION_FAILED');
    expect(await staff.errorCode('deal.start', { ...payload, quantity: stage.sku.stock + 1, perBuyerLimit: 1 })).toBe(
      'DEAL_STOCK_SHORT',
    );
    const other = (await httpClient(t.url).get('/api/expos')).body[0];
    const foreignSku = await someSkuOutside(t, other.id, stage.enterpriseId);
    expect(await staff.errorCode('deal.start', { ...payload, skuId: foreignSku })).toBe('NOT_OWNER');

    const stockBefore = await skuStock(t, stage.sku.id);
    const seen = viewer.next('deal.started');
    const deal = await start(staff);
    expect(deal).toMatchObject({ quantity: 5, remaining: 5, soldOut: false, perBuyerLimit: 2, status: 'active', priceFen: 990 });
    expect(Math.abs(Date.parse(deal.serverTime) - Date.now())).toBeLessThan(5000);
    expect(Date.parse(deal.endsAt) - Date.parse(deal.startsAt)).toBe(600_000);
    expect((await seen).id).toBe(deal.id);
    expect(await skuStock(t, stage.sku.id)).toBe(stockBefore - 5);

    const listed = await viewer.request('deal.list', {});
    expect(listed.deals.map((d) => d.id)).toContain(deal.id);
    expect(listed.deals.find((d) => d.id === deal.id)).toMatchObject({ remaining: 5, yourQuantity: null });
    expect((await httpClient(t.url).get(`/api/live-sessions/${stage.sessionId}/flash-deals`)).body.deals.length).toBe(
      listed.deals.length,
    );

    // At most three at once in a session.
    const more = [await start(staff, { quantity: 1, perBuyerLimit: 1 }), await start(staff, { quantity: 1, perBuyerLimit: 1 })];
    expect(await staff.errorCode('deal.start', { ...payload, quantity: 1, perBuyerLimit: 1 })).toBe('DEAL_SESSION_LIMIT');

    expect(await viewer.errorCode('deal.stop', { dealId: deal.id })).toBe('NOT_BOOTH_STAFF');
    const ended = viewer.next('deal.ended', 5000, (e) => e.dealId === deal.id);
    const stopped = await staff.request('deal.stop', { dealId: deal.id });
    expect(stopped).toMatchObject({ status: 'ended', endReason: 'stopped', remaining: 0 });
    expect(await ended).toMatchObject({ reason: 'stopped', sold: 0 });
    // The rest went back once, however often the deal is ended.
    await Promise.all([1, 2, 3].map(() => t.app.get(DealService).finish(deal.id, 'time')));
    await staff.request('deal.stop', { dealId: deal.id });
    expect(await skuStock(t, stage.sku.id)).toBe(stockBefore - 2);
    expect(await dealRow(t, deal.id)).toMatchObject({ status: 'ended', returnedToSku: 5, sold: 0 });
    for (const d of more) await staff.request('deal.stop', { dealId: d.id });
    expect(await skuStock(t, stage.sku.id)).toBe(stockBefore);
  });

  it('sells over the socket and HTTP: confirmed only when committed, replays, the limit, sold out, broadcasts', async () => {
    const staff = await join(stage.staff);
    const deal = await start(staff, { quantity: 5, perBuyerLimit: 2 });
    const a = buyerToken(t, '王小明');
    const b = buyerToken(t, 'Jane Doe');
    const c = buyerToken(t, '李雷');
    const onA = await join(a.token);
    const onB = await join(b.token);
    const watcher = await join();
    const ticker = watcher.next('orders.ticker', 5000);
    const stock = watcher.next('deal.stock', 5000, (e) => e.dealId === deal.id && e.remaining === 3);

    const key = newKey();
    const first = await onA.request('deal.buy', { dealId: deal.id, quantity: 2, idempotencyKey: key });
    expect(first).toMatchObject({ dealId: deal.id, quantity: 2, unitPriceFen: 990, totalFen: 1980, replayed: false });
    expect(first.orderNo).toMatch(/^LF\d{6}[0-9A-Z]{10}$/);
    expect(Date.parse(first.payBy) - Date.now()).toBeGreaterThan(30_000);
    expect(await dealOrders(t, deal.id)).toEqual([
      expect.objectContaining({ id: first.orderId, buyerId: a.id, idempotencyKey: key, quantity: 2, status: 'confirmed' }),
    ]);
    expect(await ticker).toMatchObject({ buyerName: '王**', quantity: 2, amountFen: 1980, dealId: deal.id });
    expect(await stock).toMatchObject({ remaining: 3, soldOut: false });

    // The same request again: the same order, replayed; the key with another request: refused.
    expect(await onA.request('deal.buy', { dealId: deal.id, quantity: 2, idempotencyKey: key })).toEqual({
      ...first,
      replayed: true,
    });
    expect(await onA.errorCode('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: key })).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await onA.errorCode('deal.buy', { dealId: deal.id, quantity: 1 })).toBe('IDEMPOTENCY_KEY_REQUIRED');
    expect(await onA.errorCode('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: 'short' })).toBe(
      'IDEMPOTENCY_KEY_INVALID',
    );
    expect(await onA.errorCode('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() })).toBe(
      'DEAL_LIMIT_REACHED',
    );
    expect(await onB.errorCode('deal.buy', { dealId: deal.id, quantity: 3, idempotencyKey: newKey() })).toBe(
      'DEAL_LIMIT_REACHED',
    );
    expect(await watcher.errorCode('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() })).toBe('AUTH_REQUIRED');
    expect(await staff.errorCode('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() })).toBe('FORBIDDEN_ROLE');

    // HTTP: the Idempotency-Key header, 201 with the order, replay with Idempotent-Replayed.
    const path = `/api/flash-deals/${deal.id}/orders`;
    expect((await postWithKey(t.url, path, { quantity: 1 }, b.token)).body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    const httpKey = newKey();
    const viaHttp = await postWithKey(t.url, path, { quantity: 2 }, b.token, httpKey);
    expect(viaHttp.status).toBe(201);
    expect(viaHttp.body).toMatchObject({
      type: 'deal',
      status: 'confirmed',
      dealId: deal.id,
      buyerId: b.id,
      buyerName: 'Jane Doe',
      quantity: 2,
    });
    expect(viaHttp.body.history).toEqual([expect.objectContaining({ from: null, to: 'confirmed' })]);
    const again = await postWithKey(t.url, path, { quantity: 2 }, b.token, httpKey);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(viaHttp.body.id);
    // The socket sees the HTTP order as the same request.
    expect(await onB.request('deal.buy', { dealId: deal.id, quantity: 2, idempotencyKey: httpKey })).toMatchObject({
      orderId: viaHttp.body.id,
      replayed: true,
    });
    expect((await postWithKey(t.url, path, { quantity: 1 }, b.token, httpKey)).status).toBe(422);

    // One left: asking for two is refused, one sells it out and everyone hears.
    const onC = await join(c.token);
    expect(await onC.errorCode('deal.buy', { dealId: deal.id, quantity: 2, idempotencyKey: newKey() })).toBe(
      'DEAL_NOT_ENOUGH_LEFT',
    );
    const soldOut = watcher.next('deal.stock', 5000, (e) => e.dealId === deal.id && e.soldOut);
    await onC.request('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() });
    expect(await soldOut).toMatchObject({ remaining: 0 });
    const d = buyerToken(t);
    const onD = await join(d.token);
    expect(await onD.errorCode('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() })).toBe('DEAL_SOLD_OUT');
    expect((await postWithKey(t.url, path, { quantity: 1 }, d.token, newKey())).body.code).toBe('DEAL_SOLD_OUT');
    // A replay still answers after the sell-out.
    expect(await onA.request('deal.buy', { dealId: deal.id, quantity: 2, idempotencyKey: key })).toMatchObject({
      orderId: first.orderId,
      replayed: true,
    });
    const listed = (await onA.request('deal.list', {})).deals.find((x: FlashDealView) => x.id === deal.id);
    expect(listed).toMatchObject({ remaining: 0, soldOut: true, yourQuantity: 2 });

    const orders = await dealOrders(t, deal.id);
    expect(orders.reduce((n, o) => n + o.quantity, 0)).toBe(5);
    expect(await dealRow(t, deal.id)).toMatchObject({ sold: 5 });
    // Stopping returns nothing: all five were sold.
    const stockBefore = await skuStock(t, stage.sku.id);
    await staff.request('deal.stop', { dealId: deal.id });
    expect(await skuStock(t, stage.sku.id)).toBe(stockBefore);
    expect(await onC.errorCode('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() })).toBe('DEAL_ENDED');
  });

  it('refuses a deal of another room over the socket, and unknown deals', async () => {
    const staff = await join(stage.staff);
    const deal = await start(staff, { quantity: 2, perBuyerLimit: 1 });
    const elsewhere = await dealStage(t, '另一场直播');
    const buyer = await pool.open(buyerToken(t).token);
    await buyer.request('room.join', { sessionId: elsewhere.sessionId, as: 'viewer' });
    expect(await buyer.errorCode('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() })).toBe('DEAL_NOT_FOUND');
    expect(await buyer.errorCode('deal.buy', { dealId: crypto.randomUUID(), quantity: 1, idempotencyKey: newKey() })).toBe(
      'DEAL_NOT_FOUND',
    );
    expect(await buyer.errorCode('deal.buy', { dealId: 'nope', quantity: 1, idempotencyKey: newKey() })).toBe(
      'VALIDATION_FAILED',
    );
    // Deals run only while the session is live.
    const later = await pool.open(stage.staff);
    const scheduled = await createSession(t.url, stage.staff, stage.boothId, { title: '明天的直播' });
    await later.request('room.join', { sessionId: scheduled, as: 'viewer' });
    expect(
      await later.errorCode('deal.start', {
        skuId: stage.sku.id,
        priceFen: 990,
        quantity: 1,
        perBuyerLimit: 1,
        durationSeconds: 60,
      }),
    ).toBe('DEAL_SESSION_NOT_LIVE');
    const lone = await pool.open(buyerToken(t).token);
    expect(await lone.errorCode('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() })).toBe('NOT_IN_ROOM');
    expect((await httpClient(t.url).get(`/api/flash-deals/${crypto.randomUUID()}`)).body.code).toBe('DEAL_NOT_FOUND');
    await staff.request('deal.stop', { dealId: deal.id });
  });
});

/** A SKU of some other enterprise's booth in the expo. */
async function someSkuOutside(t: TestApp, expoId: string, enterpriseId: string): Promise<string> {
  const http = httpClient(t.url);
  const expo = (await http.get(`/api/expos/${expoId}`)).body;
  for (const hall of expo.halls) {
    for (const b of (await http.get(`/api/halls/${hall.id}/booths`)).body) {
      if (b.enterprise.id === enterpriseId) continue;
      const detail = (await http.get(`/api/booths/${b.id}`)).body;
      const sku = detail.products.flatMap((p: { skus: { id: string }[] }) => p.skus)[0];
      if (sku) return sku.id;
    }
  }
  throw new Error('no other enterprise with a SKU in the demo expo');
}
