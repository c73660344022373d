import { MetricsService, RedisConnections } from '@livefair/core';
import type { FlashDealView } from '@livefair/protocol';
import { DataSource } from 'typeorm';
import {
  buyerToken,
  dealOrders,
  dealRow,
  DealStage,
  dealStage,
  FAST_DEALS,
  newKey,
  skuStock,
  startDealApp,
} from './support/deal-fixture';
import { TestLiveClient } from './support/live-client';
import { ClientPool, eventually } from './support/live-fixture';
import { TestApp } from './support/test-app';

const PAY_MS = 1500;

/** What happens to a deal over time: unpaid orders expire, deals end by time or with their session. */
describe.each(['production', 'embedded'] as const)('flash deals over time (%s)', (engine) => {
  let t: TestApp;
  let stage: DealStage;
  const pool = new ClientPool(() => t.url);
  const join = async (token?: string) => {
    const c = await pool.open(token);
    await c.request('room.join', { sessionId: stage.sessionId, as: 'viewer' });
    return c;
  };
  const start = (c: TestLiveClient, over: Record<string, number> = {}): Promise<FlashDealView> =>
    c.request('deal.start', { skuId: stage.sku.id, priceFen: 500, quantity: 4, perBuyerLimit: 2, durationSeconds: 600, ...over });

  beforeAll(async () => {
    t = await startDealApp(engine, 'deal_time', { ...FAST_DEALS, payMs: PAY_MS, sweepMs: 300 });
    stage = await dealStage(t);
  });
  afterAll(async () => {
    pool.closeAll();
    await t?.close();
  });

  it('expires unpaid orders: their units come back to the running deal, visibly, and to the SKU after its end', async () => {
    const staff = await join(stage.staff);
    const deal = await start(staff);
    const buyer = buyerToken(t);
    const onBuyer = await join(buyer.token);
    const watcher = await join();
    const stockBefore = await skuStock(t, stage.sku.id);
    await onBuyer.request('deal.buy', { dealId: deal.id, quantity: 2, idempotencyKey: newKey() });
    expect(await onBuyer.errorCode('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() })).toBe(
      'DEAL_LIMIT_REACHED',
    );
    const back = watcher.next('deal.stock', 10_000, (e) => e.dealId === deal.id && e.remaining === 4);
    await eventually(async () => (await dealOrders(t, deal.id)).every((o) => o.status === 'expired'), 10_000, 'orders expired');
    expect(await back).toMatchObject({ soldOut: false });
    expect(await dealRow(t, deal.id)).toMatchObject({ sold: 0, status: 'active' });
    const [expired] = await dealOrders(t, deal.id);
    const history = await t.app
      .get(DataSource)
      .query('SELECT fromStatus, toStatus, actor FROM order_events WHERE orderId = ? ORDER BY at', [expired.id]);
    expect(history).toEqual([
      { fromStatus: null, toStatus: 'confirmed', actor: 'buyer' },
      { fromStatus: 'confirmed', toStatus: 'expired', actor: 'system' },
    ]);
    const inbox = await t.app
      .get(DataSource)
      .query('SELECT kind FROM notifications WHERE userId = ? ORDER BY createdAt', [buyer.id]);
    expect(inbox.map((n: { kind: string }) => n.kind)).toEqual(['deal-order', 'deal-order-expired']);
    // The limit counts held units only: the buyer may buy again.
    await onBuyer.request('deal.buy', { dealId: deal.id, quantity: 2, idempotencyKey: newKey() });
    expect(await skuStock(t, stage.sku.id)).toBe(stockBefore);

    // Stopped while that order is unpaid: two units go back now, two when it expires.
    await staff.request('deal.stop', { dealId: deal.id });
    expect(await skuStock(t, stage.sku.id)).toBe(stockBefore + 2);
    await eventually(async () => (await skuStock(t, stage.sku.id)) === stockBefore + 4, 10_000, 'expired units back in the SKU');
    expect(await dealRow(t, deal.id)).toMatchObject({ sold: 0, returnedToSku: 4, status: 'ended' });
  });

  it('ends a deal when its time is up, and the deals of a session that ends', async () => {
    const staff = await join(stage.staff);
    const watcher = await join();
    const stockBefore = await skuStock(t, stage.sku.id);
    const short = await start(staff, { durationSeconds: 10, quantity: 3, perBuyerLimit: 1 });
    const long = await start(staff, { quantity: 2, perBuyerLimit: 1 });
    const buyer = await join(buyerToken(t).token);
    // Bought and left unpaid: the unit is back in the deal (PAY_MS) long before its end.
    await buyer.request('deal.buy', { dealId: short.id, quantity: 1, idempotencyKey: newKey() });
    const ended = await watcher.next('deal.ended', 15_000, (e) => e.dealId === short.id);
    expect(ended).toMatchObject({ reason: 'time', sold: 0 });
    expect(Date.parse(ended.serverTime)).toBeGreaterThanOrEqual(Date.parse(short.endsAt));
    expect(await buyer.errorCode('deal.buy', { dealId: short.id, quantity: 1, idempotencyKey: newKey() })).toBe('DEAL_ENDED');
    expect((await watcher.request('deal.list', {})).deals.map((d) => d.id)).toEqual([long.id]);

    const both = watcher.next('deal.ended', 5000, (e) => e.dealId === long.id);
    await staff.request('session.end', {});
    expect(await both).toMatchObject({ reason: 'session-ended', sold: 0 });
    expect(await skuStock(t, stage.sku.id)).toBe(stockBefore);
    expect(await dealRow(t, short.id)).toMatchObject({ status: 'ended', returnedToSku: 3 });
    expect(await dealRow(t, long.id)).toMatchObject({ status: 'ended', returnedToSku: 2 });
  }, 30_000);
});

/** Redis is never the record: lost or wrong counters are rebuilt and fixed from MySQL. */
describe('flash-deal counters in Redis', () => {
  let t: TestApp;
  let stage: DealStage;
  const pool = new ClientPool(() => t.url);
  const keys = (dealId: string) => {
    const r = t.app.get(RedisConnections);
    const base = r.key('deal', `{${dealId}}`);
    return {
      redis: r.client(),
      counters: `${base}:counters`,
      buyers: `${base}:buyers`,
      pending: `${base}:pending`,
      markers: `${base}:markers`,
    };
  };

  beforeAll(async () => {
    t = await startDealApp('production', 'deal_redis');
    stage = await dealStage(t);
  });
  afterAll(async () => {
    pool.closeAll();
    await t?.close();
  });

  it('rebuilds counters deleted mid-deal from MySQL: remaining, limits and replays hold', async () => {
    const staff = await pool.open(stage.staff);
    await staff.request('room.join', { sessionId: stage.sessionId, as: 'viewer' });
    const deal: FlashDealView = await staff.request('deal.start', {
      skuId: stage.sku.id,
      priceFen: 100,
      quantity: 6,
      perBuyerLimit: 2,
      durationSeconds: 600,
    });
    const a = await pool.open(buyerToken(t).token);
    const b = await pool.open(buyerToken(t).token);
    for (const c of [a, b]) await c.request('room.join', { sessionId: stage.sessionId, as: 'viewer' });
    const key = newKey();
    const first = await a.request('deal.buy', { dealId: deal.id, quantity: 2, idempotencyKey: key });
    await b.request('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() });

    const k = keys(deal.id);
    expect(await k.redis.del(k.counters, k.buyers, k.pending, k.markers)).toBeGreaterThanOrEqual(3);
    expect(await a.request('deal.buy', { dealId: deal.id, quantity: 2, idempotencyKey: key })).toMatchObject({
      orderId: first.orderId,
      replayed: true,
    });
    expect(await a.errorCode('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() })).toBe('DEAL_LIMIT_REACHED');
    expect(await b.request('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() })).toMatchObject({
      quantity: 1,
    });
    expect(Number(await k.redis.hget(k.counters, 'rem'))).toBe(2);
    expect((await a.request('deal.list', {})).deals.find((d) => d.id === deal.id)).toMatchObject({
      remaining: 2,
      yourQuantity: 2,
    });
    await staff.request('deal.stop', { dealId: deal.id });
  });

  it("MySQL refuses what counters wrong in the buyer's favour let through: past the limit, past the stock", async () => {
    const staff = await pool.open(stage.staff);
    await staff.request('room.join', { sessionId: stage.sessionId, as: 'viewer' });
    const deal: FlashDealView = await staff.request('deal.start', {
      skuId: stage.sku.id,
      priceFen: 100,
      quantity: 3,
      perBuyerLimit: 2,
      durationSeconds: 600,
    });
    const buyerA = buyerToken(t);
    const [a, b, c] = await Promise.all([buyerA.token, buyerToken(t).token, buyerToken(t).token].map((tk) => pool.open(tk)));
    for (const s of [a, b, c]) await s.request('room.join', { sessionId: stage.sessionId, as: 'viewer' });
    await a.request('deal.buy', { dealId: deal.id, quantity: 2, idempotencyKey: newKey() });
    const k = keys(deal.id);

    // Redis forgets what buyer a holds: the units fit, so the batch takes them, then finds the limit and gives them back.
    await k.redis.hdel(k.buyers, buyerA.id);
    expect(await a.errorCode('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() })).toBe('DEAL_LIMIT_REACHED');
    expect(await dealRow(t, deal.id)).toMatchObject({ sold: 2 });
    await b.request('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() });

    // Redis believes units are left after the last one sold: the batch cannot take them and refuses under the lock.
    await k.redis.hset(k.counters, 'rem', '5');
    expect(await c.errorCode('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: newKey() })).toBe('DEAL_SOLD_OUT');
    expect(await dealRow(t, deal.id)).toMatchObject({ sold: 3 });
    expect((await dealOrders(t, deal.id)).map((o) => o.quantity).sort()).toEqual([1, 2]);
    await staff.request('deal.stop', { dealId: deal.id });
  });

  it('reconciles: a wrong remaining, a dead reservation and an order released elsewhere are fixed and counted', async () => {
    const staff = await pool.open(stage.staff);
    await staff.request('room.join', { sessionId: stage.sessionId, as: 'viewer' });
    const deal: FlashDealView = await staff.request('deal.start', {
      skuId: stage.sku.id,
      priceFen: 100,
      quantity: 10,
      perBuyerLimit: 3,
      durationSeconds: 600,
    });
    const buyer = buyerToken(t);
    const c = await pool.open(buyer.token);
    await c.request('room.join', { sessionId: stage.sessionId, as: 'viewer' });
    const bought = await c.request('deal.buy', { dealId: deal.id, quantity: 3, idempotencyKey: newKey() });
    const k = keys(deal.id);
    // Redis drifts: remaining is wrong, and a process died holding a reservation 30 s ago.
    await k.redis.hset(k.counters, 'rem', '1');
    await k.redis.hset(k.pending, 'dead-reservation', `ghost|2|${Date.now() - 30_000}|k-ghost-0001`);
    await k.redis.hincrby(k.buyers, 'ghost', 2);
    // An order released by another path (a cancellation), straight in MySQL.
    await t.app.get(DataSource).query("UPDATE orders SET status = 'cancelled' WHERE id = ?", [bought.orderId]);

    const fixes = () => t.app.get(MetricsService).registry.getSingleMetricAsString('livefair_deal_reconcile_fixes_total');
    await eventually(async () => Number(await k.redis.hget(k.counters, 'rem')) === 10, 10_000, 'remaining fixed to 10');
    expect(await k.redis.hlen(k.pending)).toBe(0);
    expect(await k.redis.hget(k.buyers, 'ghost')).toBeNull();
    expect(await k.redis.hget(k.buyers, buyer.id)).toBeNull();
    expect(await dealRow(t, deal.id)).toMatchObject({ sold: 0 });
    const metrics = await fixes();
    for (const kind of ['remaining', 'pending-released', 'sold']) expect(metrics).toMatch(new RegExp(`kind="${kind}"} [1-9]`));
    await staff.request('deal.stop', { dealId: deal.id });
  });
});
