import type { DealBuyResult, FlashDealView, LiveAck } from '@livefair/protocol';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { buyerTokens, dealOrdersOf, DealWorld, prepareDealWorld, ServerProcess, spawnServer } from './support/deal-cluster';
import { TestLiveClient } from './support/live-client';
import { eventually } from './support/live-fixture';
import { dropRedisPrefix } from './support/redis-cleanup';

const STOCK = 200;
const BUYERS = 200;
const ATTEMPTS_EACH = 10; // 10 x STOCK attempts in all
const LIMIT = 3;

/**
 * A burst on one deal from two server processes sharing MariaDB and Redis: 200 buyers each try
 * 10 times at once (one try in ten over HTTP), 2,000 attempts for 200 units. Exactly 200 succeed,
 * nobody holds more than the limit, every confirmed order is in MySQL once, and MySQL and Redis
 * agree that sold + remaining = quantity.
 */
describe('a flash-deal burst over two processes (MariaDB + Redis)', () => {
  let world: DealWorld;
  const servers: ServerProcess[] = [];
  const clients: TestLiveClient[] = [];
  let redis: Redis;

  beforeAll(async () => {
    world = await prepareDealWorld('deal_burst');
    servers.push(...(await Promise.all([spawnServer('all-in-one', 'a', world), spawnServer('all-in-one', 'b', world)])));
    redis = new Redis(world.redisUrl);
  }, 120_000);
  afterAll(async () => {
    clients.forEach((c) => c.close());
    for (const s of servers) await s.stop();
    redis?.disconnect();
    await world?.db.drop();
    if (world) await dropRedisPrefix(world.prefix);
  }, 60_000);

  it('sells exactly the stock, within every limit, with nothing duplicated or lost', async () => {
    const staff = await TestLiveClient.connect(servers[0].url, world.staff);
    clients.push(staff);
    await staff.request('room.join', { sessionId: world.sessionId, as: 'viewer' });
    const deal: FlashDealView = await staff.request('deal.start', {
      skuId: world.sku.id,
      priceFen: 1,
      quantity: STOCK,
      perBuyerLimit: LIMIT,
      durationSeconds: 600,
    });

    const buyers = buyerTokens(BUYERS);
    const sockets = await Promise.all(
      buyers.map(async (b, i) => {
        const c = await TestLiveClient.connect(servers[i % 2].url, b.token);
        clients.push(c);
        await c.request('room.join', { sessionId: world.sessionId, as: 'viewer' });
        return c;
      }),
    );
    const soldOutSeen = sockets.map((c) => c.next('deal.stock', 30_000, (e) => e.dealId === deal.id && e.soldOut));

    type Result = { buyer: number; ok: boolean; orderId?: string; code?: string };
    const attempt = async (i: number, n: number): Promise<Result> => {
      const key = `burst-${i}-${n}-${randomUUID().slice(0, 8)}`;
      if (n === 0) {
        const res = await fetch(`${servers[(i + 1) % 2].url}/api/flash-deals/${deal.id}/orders`, {
          method: 'POST',
          headers: { authorization: `Bearer ${buyers[i].token}`, 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify({ quantity: 1 }),
        });
        const body = (await res.json()) as { id?: string; code?: string };
        return res.status === 201 ? { buyer: i, ok: true, orderId: body.id } : { buyer: i, ok: false, code: body.code };
      }
      const ack = (await sockets[i].ack('deal.buy', {
        dealId: deal.id,
        quantity: 1,
        idempotencyKey: key,
      })) as LiveAck<DealBuyResult>;
      return ack.ok ? { buyer: i, ok: true, orderId: ack.data.orderId } : { buyer: i, ok: false, code: ack.error.code };
    };
    const started = Date.now();
    const results = await Promise.all(buyers.flatMap((_, i) => Array.from({ length: ATTEMPTS_EACH }, (_x, n) => attempt(i, n))));
    const tookMs = Date.now() - started;

    const ok = results.filter((r) => r.ok);
    const codes = new Set(results.filter((r) => !r.ok).map((r) => r.code));
    expect(ok).toHaveLength(STOCK);
    expect([...codes].every((c) => ['DEAL_LIMIT_REACHED', 'DEAL_SOLD_OUT', 'DEAL_NOT_ENOUGH_LEFT'].includes(c!))).toBe(true);
    const perBuyer = new Map<number, number>();
    for (const r of ok) perBuyer.set(r.buyer, (perBuyer.get(r.buyer) ?? 0) + 1);
    expect(Math.max(...perBuyer.values())).toBeLessThanOrEqual(LIMIT);
    expect(new Set(ok.map((r) => r.orderId)).size).toBe(STOCK);

    // MySQL: the same orders, once each; sold is the stock.
    const { orders, deal: row, skuStock } = await dealOrdersOf(world, deal.id);
    expect(new Set(orders.map((o) => o.id))).toEqual(new Set(ok.map((r) => r.orderId)));
    expect(orders.reduce((n, o) => n + o.quantity, 0)).toBe(STOCK);
    const mysqlPerBuyer = new Map<string, number>();
    for (const o of orders) mysqlPerBuyer.set(o.buyerId, (mysqlPerBuyer.get(o.buyerId) ?? 0) + o.quantity);
    expect(Math.max(...mysqlPerBuyer.values())).toBeLessThanOrEqual(LIMIT);
    expect(row).toMatchObject({ quantity: STOCK, sold: STOCK });
    expect(skuStock).toBe(world.sku.stock - STOCK);

    // Redis agrees once the last reservations are settled: sold + remaining = quantity, nothing pending.
    const base = `${world.prefix}:deal:{${deal.id}}`;
    await eventually(async () => (await redis.hlen(`${base}:pending`)) === 0, 10_000, 'no reservation pending');
    const remaining = Number(await redis.hget(`${base}:counters`, 'rem'));
    expect(row.sold + remaining).toBe(STOCK);
    const held = Object.values(await redis.hgetall(`${base}:buyers`)).reduce((n, v) => n + Number(v), 0);
    expect(held).toBe(STOCK);
    // Everyone in the room, on either process, heard it sell out.
    await Promise.all(soldOutSeen);
    // Analytics recorded every order once (its batches arrive as one delivery each, after the answers).
    const recorded = async () => {
      const { createConnection } = await import('mysql2/promise');
      const conn = await createConnection({ uri: world.db.url.replace(/^mariadb:/, 'mysql:') });
      try {
        const [rows] = await conn.query(
          "SELECT refId, valueFen, enterpriseId FROM analytics_events WHERE type = 'order' AND refId IN (?)",
          [ok.map((r) => r.orderId)],
        );
        return rows as { refId: string; valueFen: string | number; enterpriseId: string }[];
      } finally {
        await conn.end();
      }
    };
    await eventually(async () => (await recorded()).length === STOCK, 10_000, 'every order recorded by analytics');
    const events = await recorded();
    expect(new Set(events.map((e) => e.refId))).toEqual(new Set(ok.map((r) => r.orderId)));
    expect(events.every((e) => Number(e.valueFen) === 1 && e.enterpriseId === deal.enterpriseId)).toBe(true);
    process.stderr.write(`deal burst: ${results.length} attempts in ${tookMs} ms over 2 processes\n`);
  }, 120_000);
});
