import { randomUUID } from 'node:crypto';
import { TransactionalConnection } from '@livefair/core';
import { analyticsEntities } from '@livefair/analytics/analytics-schema';
import { RollupRunner } from '@livefair/analytics/rollup/rollup-runner';
import { SqlRollupStore } from '@livefair/analytics/rollup/sql-rollup-store';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from './support/test-database';

/**
 * A rebuild's step folds several reads into one output and writes it once (and stops early once
 * that output is large). Every roll-up table must then hold exactly what small incremental steps
 * leave there: visits running over read and step boundaries, repeat visitors, routes, paths,
 * per-minute counts, inquiries and orders.
 */
describe('analytics rebuild steps of several reads (MariaDB)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const expoId = randomUUID();
  const halls = [randomUUID(), randomUUID()];
  const booths = Array.from({ length: 4 }, (_, i) => ({
    boothId: randomUUID(),
    hallId: halls[i % 2],
    enterpriseId: randomUUID(),
  }));
  const t0 = Date.UTC(2026, 11, 1, 8, 58, 0); // visits run over a UTC hour boundary
  const tables = [
    ['analytics_visits', 'visitId'],
    ['analytics_trails', 'expoId, visitorId'],
    ['analytics_booth_stats', 'boothId'],
    ['analytics_booth_hours', 'boothId, hour'],
    ['analytics_dwell', 'boothId, seconds'],
    ['analytics_booth_minutes', 'boothId, minute'],
    ['analytics_scope_visitors', 'scope, visitorId'],
    ['analytics_scope_stats', 'scope'],
    ['analytics_routes', 'expoId, fromKey, toKey'],
    ['analytics_paths', 'expoId, path'],
  ];

  beforeAll(async () => {
    db = await createTestDatabase('analytics_rebuild_steps');
    ds = new DataSource({
      type: db.url.startsWith('mariadb:') ? 'mariadb' : 'mysql',
      url: db.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      entities: analyticsEntities,
      synchronize: true,
    });
    await ds.initialize();
    // Five visitors, interleaved: each enters a hall, then visits booths (one of them twice),
    // with heartbeats every 15 s (some watching), product views, an inquiry and an order.
    const rows: unknown[][] = [];
    const received = new Date(Date.now() - 60_000);
    const add = (
      type: string,
      visitorId: string,
      at: number,
      b: (typeof booths)[number] | null,
      extra: Record<string, unknown> = {},
    ) =>
      rows.push([
        randomUUID(),
        type,
        visitorId,
        extra.userId ?? null,
        expoId,
        b?.hallId ?? extra.hallId ?? null,
        b?.boothId ?? null,
        b?.enterpriseId ?? null,
        extra.visitId ?? null,
        extra.watching ? 1 : 0,
        extra.valueFen ?? 0,
        new Date(at),
        received,
      ]);
    for (let v = 0; v < 5; v++) {
      const visitorId = randomUUID();
      const userId = v % 2 ? randomUUID() : null;
      let at = t0 + v * 7_000;
      add('hall.enter', visitorId, at, null, { hallId: halls[v % 2] });
      for (const [k, b] of [booths[v % 4], booths[(v + 1) % 4], booths[v % 4]].entries()) {
        const visitId = randomUUID();
        add('booth.enter', visitorId, at, b, { visitId, userId });
        const beats = 1 + ((v + k) % 4);
        for (let h = 1; h <= beats; h++)
          add('heartbeat', visitorId, at + h * 15_000, b, { visitId, userId, watching: h % 2 === 0 });
        if ((v + k) % 3 === 0) add('product.view', visitorId, at + 5_000, b, { visitId, userId });
        add('booth.leave', visitorId, at + beats * 15_000 + 4_000, b, { visitId, userId });
        if (k === 1 && v % 2) add('inquiry', visitorId, at + 20_000, b, { userId });
        if (k === 2 && v === 1) add('order', visitorId, at + 30_000, b, { userId, valueFen: 129_900 });
        at += beats * 15_000 + 10_000;
      }
    }
    // Interleave the visitors' events (each visitor's own stay in order), as concurrent browsers send them.
    rows.sort((a, b) => (a[11] as Date).getTime() - (b[11] as Date).getTime());
    await ds.query(
      'INSERT INTO analytics_events (id, type, visitorId, userId, expoId, hallId, boothId, enterpriseId, visitId, watching, valueFen, occurredAt, receivedAt) VALUES ?',
      [rows],
    );
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  // A dwell bucket that small steps moved a visit out of stays as a row of 0 visits (read as absent).
  const snapshot = async () => {
    const out: Record<string, unknown[]> = {};
    for (const [t, order] of tables)
      out[t] = await ds.query(`SELECT * FROM ${t}${t === 'analytics_dwell' ? ' WHERE visits <> 0' : ''} ORDER BY ${order}`);
    return out;
  };

  it('writes the same roll-ups in steps of several reads as in small incremental steps', async () => {
    const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM analytics_events');
    const total = Number(n);
    expect(total).toBeGreaterThan(60);

    const incremental = new SqlRollupStore(new TransactionalConnection(ds));
    await incremental.reset();
    let folded = 0;
    for (let i = 0; i < 100; i++) {
      const r = await incremental.foldNext(7);
      folded += r.folded;
      if (!r.full) break;
    }
    expect(folded).toBe(total);
    const expected = await snapshot();
    const stats = expected.analytics_booth_stats as { visits: number; inquiries: number; orderValueFen: number | string }[];
    expect(stats.reduce((s, r) => s + r.visits, 0)).toBe(15);
    expect(stats.reduce((s, r) => s + r.inquiries, 0)).toBe(2);
    expect(stats.reduce((s, r) => s + Number(r.orderValueFen), 0)).toBe(129_900);
    expect(expected.analytics_paths.length).toBeGreaterThan(0);

    // Reads of 5 events, each step stopping once its output would write 60 rows: several steps,
    // each of several reads, each read sent ahead while the one before folds.
    const stepped = new SqlRollupStore(new TransactionalConnection(ds));
    await stepped.reset();
    const steps: { folded: number; full: boolean }[] = [];
    for (let i = 0; i < 100; i++) {
      const r = await stepped.foldNext(1_000, { readSize: 5, maxStateEntries: 60, readAhead: true });
      steps.push(r);
      if (!r.full) break;
    }
    expect(steps.reduce((s, r) => s + r.folded, 0)).toBe(total);
    expect(steps.length).toBeGreaterThan(2);
    expect(steps.filter((r) => r.folded > 5).length).toBeGreaterThan(1);
    expect(await snapshot()).toEqual(expected);

    // The runner's rebuild goes on while a step stops at its bound, and ends where the others end.
    const store = new SqlRollupStore(new TransactionalConnection(ds));
    const runner = new RollupRunner(store);
    await store.reset();
    expect(await runner.catchUp(Number.POSITIVE_INFINITY, 1_000, { readSize: 4, maxStateEntries: 40 })).toBe(total);
    expect(await snapshot()).toEqual(expected);
  });
});
