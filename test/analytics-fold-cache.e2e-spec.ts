import { randomUUID } from 'node:crypto';
import { TransactionalConnection } from '@livefair/core';
import { analyticsEntities } from '@livefair/analytics/analytics-schema';
import { SqlRollupStore } from '@livefair/analytics/rollup/sql-rollup-store';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from './support/test-database';

/**
 * Two processes' fold steps on one database, in a set order: each store keeps what it wrote in
 * memory and must drop it as soon as another writer has moved the watermark. A's second step
 * extends a visit that B extended after A's first step: with A's stale memory of the visit, A
 * would take out the wrong old contribution and the figures would stop matching a rebuild.
 */
describe('analytics fold memory with two writers (MariaDB)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const booth = { boothId: randomUUID(), expoId: randomUUID(), hallId: randomUUID(), enterpriseId: randomUUID() };
  const visitor = randomUUID();
  const visitId = randomUUID();
  const t0 = Date.UTC(2026, 11, 1, 8, 0, 0);

  beforeAll(async () => {
    db = await createTestDatabase('analytics_fold_cache');
    ds = new DataSource({
      type: db.url.startsWith('mariadb:') ? 'mariadb' : 'mysql',
      url: db.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      entities: analyticsEntities,
      synchronize: true,
    });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const insert = (type: string, seconds: number, visit = visitId) =>
    ds.query(
      'INSERT INTO analytics_events (id, type, visitorId, expoId, hallId, boothId, enterpriseId, visitId, watching, valueFen, occurredAt, receivedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)',
      [
        randomUUID(),
        type,
        visitor,
        booth.expoId,
        booth.hallId,
        booth.boothId,
        booth.enterpriseId,
        visit,
        new Date(t0 + seconds * 1000),
        new Date(Date.now() - 60_000),
      ],
    );
  const figures = async (store: SqlRollupStore) => {
    const [row] = await store.boothRows({ boothIds: [booth.boothId] });
    return { ...row, median: (await store.medians([booth.boothId])).get(booth.boothId) };
  };

  it('drops its memory once another writer folds, and ends where a rebuild ends', async () => {
    const a = new SqlRollupStore(new TransactionalConnection(ds));
    const b = new SqlRollupStore(new TransactionalConnection(ds));
    await insert('booth.enter', 0);
    await insert('heartbeat', 15);
    expect((await a.foldNext(1000)).folded).toBe(2); // A remembers the visit at 15 s
    await insert('heartbeat', 30);
    expect((await b.foldNext(1000)).folded).toBe(1); // B moves it to 30 s
    await insert('booth.leave', 50);
    expect((await a.foldNext(1000)).folded).toBe(1); // A must read the visit at 30 s, not its 15 s
    const incremental = await figures(a);
    expect(incremental).toMatchObject({ visits: 1, engaged: 1, dwellSeconds: 50, median: 50 });

    const rebuilt = new SqlRollupStore(new TransactionalConnection(ds));
    await rebuilt.reset();
    expect((await rebuilt.foldNext(100_000)).folded).toBe(4);
    expect(await figures(rebuilt)).toEqual(incremental);
    // After its own reset and fold the rebuilding store's memory is complete, and a later step still adds up.
    await insert('heartbeat', 65);
    expect((await rebuilt.foldNext(1000)).folded).toBe(1);
    expect(await figures(rebuilt)).toMatchObject({ visits: 1, dwellSeconds: 65, median: 65 });
  });

  // A rebuild's full steps read the next step's events ahead, on another connection, while they write.
  it('folds in small full steps with events read ahead (one stored behind the read) to what one step folds', async () => {
    const small = new SqlRollupStore(new TransactionalConnection(ds));
    await small.reset();
    const head = (await small.headSeq()) - (await small.cursor()).seq;
    const second = randomUUID();
    for (const [type, s] of [
      ['booth.enter', 100],
      ['heartbeat', 115],
      ['booth.leave', 120],
    ] as const)
      await insert(type, s, second);
    const total = head + 3;
    let folded = 0;
    // Steps of 2: each full step starts a read of the next two events.
    folded += (await small.foldNext(2, { readAhead: true })).folded;
    expect(folded).toBe(2);
    const third = randomUUID();
    await insert('booth.enter', 200, third); // stored after that read was sent, or while it ran
    await insert('booth.leave', 260, third);
    for (let step = 0; step < 20; step++) {
      const n = (await small.foldNext(2, { readAhead: true })).folded;
      if (n === 0) break;
      folded += n;
    }
    expect(folded).toBe(total + 2);
    const stepwise = await figures(small);
    const whole = new SqlRollupStore(new TransactionalConnection(ds));
    await whole.reset();
    expect((await whole.foldNext(100_000)).folded).toBe(total + 2);
    expect(await figures(whole)).toEqual(stepwise);
    // The first test's visit (when it ran) and the two visits here.
    expect(stepwise.visits).toBe((head > 0 ? 1 : 0) + 2);
  });
});
