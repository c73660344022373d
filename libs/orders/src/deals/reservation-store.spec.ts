import { randomBytes, randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { InProcessReservationStore } from './in-process-reservation-store';
import { RedisReservationStore } from './redis-reservation-store';
import { DealCounters, Reservation, ReservationStore } from './reservation-store';

/**
 * One suite, both stores: the Redis Lua scripts and the embedded in-process map must answer
 * every case the same way (the Redis one against the real Redis the test suite uses).
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `lft-deal-${randomBytes(4).toString('hex')}`;
let redis: Redis;

beforeAll(() => {
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

const stores: [string, () => ReservationStore][] = [
  ['in-process', () => new InProcessReservationStore()],
  [
    'redis',
    () =>
      new RedisReservationStore(
        () => redis,
        (...parts) => [prefix, ...parts].join(':'),
      ),
  ],
];

const ENDS_AT_MS = Date.now() + 600_000;
const counters = (over: Partial<DealCounters> = {}): DealCounters => ({
  quantity: 10,
  sold: 0,
  perBuyerLimit: 3,
  status: 'active',
  endsAtMs: ENDS_AT_MS,
  ...over,
});
const res = (buyerId: string, qty = 1, key = `k-${randomUUID()}`): Reservation => ({ resId: randomUUID(), buyerId, key, qty });

describe.each(stores)('%s reservation store', (_name, make) => {
  let store: ReservationStore;
  let deal: string;
  beforeEach(async () => {
    store = make();
    deal = randomUUID();
  });

  it('answers missing until loaded, then reserves and counts', async () => {
    expect(await store.reserve(deal, res('a'))).toEqual({ kind: 'missing' });
    await store.load(deal, counters(), new Map(), []);
    const r = await store.reserve(deal, res('a', 2));
    expect(r).toMatchObject({ kind: 'ok', remaining: 8 });
    expect(await store.buyerQuantity(deal, 'a')).toBe(2);
    expect((await store.pending(deal))?.map((p) => p.qty)).toEqual([2]);
    const [state] = await store.state([deal]);
    expect(state).toMatchObject({ remaining: 8, status: 'active' });
    expect(state!.version).toBeGreaterThan(r.kind === 'ok' ? r.version - 1 : 0);
  });

  it('refuses past the stock (short, then sold out) and past the per-buyer limit', async () => {
    await store.load(deal, counters({ quantity: 5, perBuyerLimit: 3 }), new Map(), []);
    expect(await store.reserve(deal, res('a', 3))).toMatchObject({ kind: 'ok', remaining: 2 });
    expect(await store.reserve(deal, res('a', 1))).toMatchObject({ kind: 'refused', reason: 'limit', value: 3 });
    expect(await store.reserve(deal, res('b', 3))).toMatchObject({ kind: 'refused', reason: 'short', value: 2 });
    expect(await store.reserve(deal, res('b', 2))).toMatchObject({ kind: 'ok', remaining: 0 });
    expect(await store.reserve(deal, res('c', 1))).toMatchObject({ kind: 'refused', reason: 'sold-out' });
  });

  it('recognises a key in flight and, once committed, a replay even after sold out', async () => {
    await store.load(deal, counters({ quantity: 1 }), new Map(), []);
    const first = res('a', 1, 'key-00000001');
    expect(await store.reserve(deal, first)).toMatchObject({ kind: 'ok', remaining: 0 });
    expect(await store.reserve(deal, { ...res('a', 1), key: first.key })).toEqual({ kind: 'busy' });
    expect(await store.commit(deal, [first])).toMatchObject({ remaining: 0 });
    expect(await store.pending(deal)).toEqual([]);
    expect(await store.reserve(deal, { ...res('a', 1), key: first.key })).toEqual({ kind: 'done', orderId: first.resId });
    // The counters stay taken: the order holds them now.
    expect(await store.buyerQuantity(deal, 'a')).toBe(1);
  });

  it('gives released reservations back and forgets their marker; a second release changes nothing', async () => {
    await store.load(deal, counters({ quantity: 4 }), new Map(), []);
    const r = res('a', 2, 'key-00000002');
    await store.reserve(deal, r);
    expect(await store.release(deal, [r])).toMatchObject({ remaining: 4 });
    expect(await store.release(deal, [r])).toMatchObject({ remaining: 4 });
    expect(await store.buyerQuantity(deal, 'a')).toBe(0);
    expect(await store.reserve(deal, { ...res('a', 1), key: r.key })).toMatchObject({ kind: 'ok', remaining: 3 });
  });

  it('says when the counters were rebuilt (0 for a deal loaded complete at its start)', async () => {
    await store.load(deal, counters({ quantity: 1 }), new Map(), [], true);
    await store.reserve(deal, res('a'));
    expect(await store.reserve(deal, res('b'))).toMatchObject({ kind: 'refused', reason: 'sold-out', rebuiltAtMs: 0 });
    await store.load(deal, counters({ quantity: 1, sold: 1 }), new Map([['a', 1]]), []);
    const r = await store.reserve(deal, res('b'));
    expect(r.kind === 'refused' && Math.abs(r.rebuiltAtMs - Date.now())).toBeLessThan(5000);
  });

  it('gives back units of released orders', async () => {
    await store.load(deal, counters({ quantity: 4, sold: 3 }), new Map([['a', 3]]), []);
    expect(await store.giveBack(deal, [{ buyerId: 'a', qty: 2 }])).toMatchObject({ remaining: 3 });
    expect(await store.buyerQuantity(deal, 'a')).toBe(1);
  });

  it('rebuilds from MySQL: holdings, markers and remaining; pending entries of the old counters are dropped', async () => {
    const old = res('x', 1);
    await store.load(deal, counters(), new Map(), []);
    await store.reserve(deal, old);
    await store.load(
      deal,
      counters({ sold: 4 }),
      new Map([
        ['a', 3],
        ['b', 1],
      ]),
      [{ buyerId: 'a', key: 'key-00000003', orderId: 'o1' }],
    );
    expect(await store.state([deal])).toEqual([expect.objectContaining({ remaining: 6 })]);
    expect(await store.pending(deal)).toEqual([]);
    expect(await store.reserve(deal, res('a', 1))).toMatchObject({ kind: 'refused', reason: 'limit', value: 3 });
    expect(await store.reserve(deal, { ...res('a', 1), key: 'key-00000003' })).toEqual({ kind: 'done', orderId: 'o1' });
    // The old incarnation's reservation is not held here: releasing it gives nothing back...
    expect(await store.release(deal, [old])).toMatchObject({ remaining: 6 });
    // ...and committing one counts it now, once.
    const late = res('y', 2);
    expect(await store.commit(deal, [late])).toMatchObject({ remaining: 4 });
    expect(await store.commit(deal, [late])).toMatchObject({ remaining: 4 });
    expect(await store.buyerQuantity(deal, 'y')).toBe(2);
  });

  it('keeps markers of orders committed while the counters were missing', async () => {
    const r = res('a', 1, 'key-00000004');
    expect(await store.commit(deal, [r])).toBeNull();
    await store.load(deal, counters(), new Map(), []);
    expect(await store.reserve(deal, { ...res('a', 1), key: r.key })).toEqual({ kind: 'done', orderId: r.resId });
  });

  it('refuses once ended (by status or by time), still replaying committed keys', async () => {
    await store.load(deal, counters(), new Map(), []);
    const r = res('a', 1, 'key-00000005');
    await store.reserve(deal, r);
    await store.commit(deal, [r]);
    await store.end(deal);
    expect(await store.reserve(deal, res('b', 1))).toMatchObject({ kind: 'refused', reason: 'ended' });
    expect(await store.reserve(deal, { ...res('a', 1), key: r.key })).toEqual({ kind: 'done', orderId: r.resId });
    expect(await store.state([deal])).toEqual([expect.objectContaining({ remaining: 0, status: 'ended' })]);
    const late = randomUUID();
    await store.load(late, counters({ endsAtMs: Date.now() - 1 }), new Map(), []);
    expect(await store.reserve(late, res('b', 1))).toMatchObject({ kind: 'refused', reason: 'ended' });
  });

  it('reconciles: committed and stale pending entries resolved, counters fixed to MySQL + pending', async () => {
    await store.load(deal, counters({ quantity: 10 }), new Map(), []);
    const kept = res('a', 2);
    const gone = res('b', 1);
    const waiting = res('c', 1);
    for (const r of [kept, gone, waiting]) await store.reserve(deal, r);
    // MySQL holds a's order (kept) and 3 units of d that the counters never saw.
    const report = await store.reconcile(deal, {
      counters: counters({ quantity: 10, sold: 5 }),
      buyerSums: new Map([
        ['a', 2],
        ['d', 3],
      ]),
      committed: [kept.resId],
      stale: [gone.resId],
    });
    expect(report).toMatchObject({ missing: false, committed: 1, released: 1, remainingFixed: 1, remainingAfter: 4 });
    expect(report.buyersFixed).toBe(1);
    expect(await store.buyerQuantity(deal, 'd')).toBe(3);
    expect(await store.buyerQuantity(deal, 'b')).toBe(0);
    expect((await store.pending(deal))?.map((p) => p.resId)).toEqual([waiting.resId]);
    expect(await store.reserve(deal, { ...res('a', 1), key: kept.key })).toEqual({ kind: 'done', orderId: kept.resId });
    // Agreeing counters are left alone.
    const again = await store.reconcile(deal, {
      counters: counters({ quantity: 10, sold: 5 }),
      buyerSums: new Map([
        ['a', 2],
        ['d', 3],
      ]),
      committed: [],
      stale: [],
    });
    expect(again).toMatchObject({ remainingFixed: 0, buyersFixed: 0, metaFixed: 0 });
    expect(
      (await store.reconcile(randomUUID(), { counters: counters(), buyerSums: new Map(), committed: [], stale: [] })).missing,
    ).toBe(true);
  });

  it('takes a shared lock once until it expires or is released', async () => {
    const name = `t-${randomUUID()}`;
    expect(await store.lock(name, 5000)).toBe(true);
    expect(await store.lock(name, 5000)).toBe(false);
    await store.unlock(name);
    expect(await store.lock(name, 5000)).toBe(true);
  });
});
