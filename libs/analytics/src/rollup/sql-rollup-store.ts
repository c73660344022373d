import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@livefair/core';
import type { EntityManager } from 'typeorm';
import { FoldCache, stampOf } from './fold-cache';
import { FoldEvent, FoldOutput, foldEvents, TrailState, VisitState } from './fold';
import { BoothRow, FoldOptions, FoldResult, HourRow, RollupStore, RouteRow, VisitRow } from './rollup-store';
import { dateParam, isMysql, readDate, selectByKeys, upsertRows } from './sql-upsert';

/** A gap in `seq` younger than this may be an insert that has not committed yet: the fold waits for it. */
export const GAP_GRACE_MS = 3_000;
const CURSOR = 'main';
const ROLLUP_TABLES = [
  'analytics_visits',
  'analytics_trails',
  'analytics_booth_stats',
  'analytics_booth_hours',
  'analytics_dwell',
  'analytics_booth_minutes',
  'analytics_scope_visitors',
  'analytics_scope_stats',
  'analytics_routes',
  'analytics_paths',
];

type Row = Record<string, unknown>;
/** What a fold step wrote to the state tables, kept in the cache once it commits. */
interface Staged {
  stamp: string;
  visits: VisitState[];
  trails: Map<string, TrailState>;
  scopeVisits: Map<string, number>;
  minutes: Map<string, number>;
}
const num = (v: unknown): number => Number(v ?? 0);

interface EventRead {
  rows: Row[];
  /** Date.now() when the read was sent. */
  startedAt: number;
}

/** The raw events after `from`, in seq order, at most `limit`. */
async function readEvents(m: EntityManager, from: number, limit: number): Promise<EventRead> {
  const startedAt = Date.now();
  const rows = (await m.query(
    'SELECT seq, type, visitorId, userId, expoId, hallId, boothId, enterpriseId, visitId, watching, valueFen, occurredAt, receivedAt ' +
      'FROM analytics_events WHERE seq > ? ORDER BY seq LIMIT ?',
    [from, limit],
  )) as Row[];
  return { rows, startedAt };
}

/**
 * The rows as fold events, up to the first gap in `seq` that may still fill: a gap younger than
 * GAP_GRACE_MS as of when the read was sent (an insert not committed yet) stops them.
 */
function settledEvents(rows: Row[], from: number, startedAt: number): FoldEvent[] {
  const events: FoldEvent[] = [];
  let expected = from + 1;
  const settled = startedAt - GAP_GRACE_MS;
  for (const r of rows) {
    const seq = num(r.seq);
    if (seq !== expected && readDate(r.receivedAt).getTime() > settled) break;
    expected = seq + 1;
    events.push({
      seq,
      type: String(r.type),
      visitorId: String(r.visitorId),
      userId: (r.userId as string | null) ?? null,
      expoId: String(r.expoId),
      hallId: (r.hallId as string | null) ?? null,
      boothId: (r.boothId as string | null) ?? null,
      enterpriseId: (r.enterpriseId as string | null) ?? null,
      visitId: (r.visitId as string | null) ?? null,
      watching: Boolean(num(r.watching)),
      valueFen: num(r.valueFen),
      occurredAt: readDate(r.occurredAt),
    });
  }
  return events;
}

/** About how many rows a step's output will write (each new visit writes three per-scope counts). */
const stateEntries = (out: FoldOutput): number =>
  out.visits.size +
  out.trails.size +
  out.minutes.size +
  out.routes.size +
  out.paths.size +
  out.dwell.size +
  out.hours.size +
  3 * out.newVisits.length;

/** The roll-ups in the SQL database (MariaDB in production, the embedded engine in the demo). */
@Injectable()
export class SqlRollupStore extends RollupStore {
  private readonly cache = new FoldCache();
  /** The cursor row exists (it is never deleted): the fold that runs every second need not insert it again. */
  private cursorReady = false;
  /** The cursor as this process's last fold left it (null: read it). */
  private knownSeq: number | null = null;
  /** The events after `after`, read ahead while the previous step wrote (see foldInTransaction). */
  private ahead: { after: number; limit: number; read: Promise<EventRead | null> } | null = null;

  constructor(private readonly tx: TransactionalConnection) {
    super();
  }

  private get m(): EntityManager {
    return this.tx.manager;
  }

  async foldNext(limit: number, opts: FoldOptions = {}): Promise<FoldResult> {
    await this.ensureCursor();
    // The fold runs every second: with no event after the cursor this process last saw, it opens no
    // transaction (on MariaDB a row lock, on the embedded engine the one connection). A cursor moved
    // on by another process is read again once an event comes after the one seen here.
    const known = this.knownSeq;
    if (known !== null && !(await this.eventsAfter(known))) return { folded: 0, seq: known, full: false };
    const result = await this.foldInTransaction(limit, opts);
    this.knownSeq = result.seq;
    return result;
  }

  private async eventsAfter(seq: number): Promise<boolean> {
    const rows = (await this.m.query('SELECT seq FROM analytics_events WHERE seq > ? ORDER BY seq LIMIT 1', [seq])) as Row[];
    return rows.length > 0;
  }

  private async foldInTransaction(stepLimit: number, opts: FoldOptions): Promise<FoldResult> {
    const cache = this.cache;
    const mysql = isMysql(this.m);
    const readSize = Math.max(1, Math.min(stepLimit, opts.readSize ?? stepLimit));
    // The embedded engine has one connection, which ingest waits for while a step runs: a step
    // there is one read.
    const limit = mysql ? stepLimit : readSize;
    const maxEntries = opts.maxStateEntries ?? Number.POSITIVE_INFINITY;
    // A rebuild's full reads: the next read is sent on another connection while this one folds
    // and writes. Not on the embedded engine (one connection), nor in the incremental fold, which
    // shares its process with ingest and should read what is there when it runs.
    const readAhead = Boolean(opts.readAhead) && mysql;
    let staged: Staged | null = null;
    let result: FoldResult;
    try {
      result = await this.tx.run(async (m) => {
        staged = null;
        const [cur] = (await m.query(`SELECT seq, updatedAt FROM analytics_cursors WHERE name = ?${mysql ? ' FOR UPDATE' : ''}`, [
          CURSOR,
        ])) as Row[];
        if (!cur) {
          this.cursorReady = false; // the row went (a database restored under this process): the next fold inserts it
          return { folded: 0, seq: 0, full: false };
        }
        let seq = num(cur.seq);
        // Another writer since this process's last step (or none yet): what it remembers may be stale.
        if (cache.stamp !== stampOf(seq, cur.updatedAt ? readDate(cur.updatedAt) : null)) cache.clear();
        // One step folds its reads into one output (the fold does not depend on how events are
        // split), and writes it once: a key touched by several reads takes one write.
        const out = new FoldOutput();
        let folded = 0;
        let full = false;
        for (;;) {
          const want = Math.min(readSize, limit - folded);
          const ahead = this.ahead;
          this.ahead = null;
          const read = ahead && ahead.after === seq && ahead.limit === want ? await ahead.read : null;
          const { rows, startedAt } = read ?? (await readEvents(m, seq, want));
          const events = settledEvents(rows, seq, startedAt);
          if (events.length === 0) break;
          const whole = rows.length === want && events.length === want;
          seq = events[events.length - 1].seq;
          folded += events.length;
          if (readAhead && whole) {
            const next = Math.min(readSize, limit - folded) || readSize; // this step's next read, or the next step's first
            const read = readEvents(this.tx.dataSource.manager, seq, next);
            read.catch(() => undefined); // a failed read-ahead is read again by the next step
            this.ahead = { after: seq, limit: next, read: read.catch(() => null) };
          }
          await this.loadStates(m, out, events);
          foldEvents(events, out);
          if (!whole) break;
          if (folded >= limit || stateEntries(out) >= maxEntries) {
            full = true;
            break;
          }
        }
        if (folded === 0) return { folded: 0, seq, full: false };
        const next = await this.write(m, out);
        const now = new Date();
        await m.query('UPDATE analytics_cursors SET seq = ?, updatedAt = ? WHERE name = ?', [seq, dateParam(now, mysql), CURSOR]);
        staged = { ...next, stamp: stampOf(seq, now) };
        return { folded, seq, full };
      });
    } catch (e) {
      cache.clear();
      this.ahead = null;
      throw e;
    }
    if (staged) this.remember(staged);
    return result;
  }

  /** After the commit: what the step wrote becomes what the next step reads. */
  private remember(staged: Staged): void {
    const cache = this.cache;
    for (const v of staged.visits) cache.put(cache.visits, v.visitId, v);
    for (const [k, t] of staged.trails) cache.put(cache.trails, k, t);
    for (const [k, n] of staged.scopeVisits) cache.put(cache.scopeVisits, k, n);
    for (const [k, n] of staged.minutes) cache.put(cache.minutes, k, n);
    cache.stamp = staged.stamp;
  }

  /** Puts into `out` the stored states of the visits and trails `events` name that it lacks (from memory, else the tables). */
  private async loadStates(m: EntityManager, out: FoldOutput, events: FoldEvent[]): Promise<void> {
    const cache = this.cache;
    const visitIds = new Set<string>();
    for (const e of events) if (e.visitId && !out.visits.has(e.visitId)) visitIds.add(e.visitId);
    for (const id of visitIds) {
      const v = cache.visits.get(id);
      if (v) out.visits.set(id, { ...v }); // the fold changes visit states in place
    }
    for (const r of await selectByKeys<Row>(
      m,
      'analytics_visits',
      ['visitId'],
      cache.missing(cache.visits, visitIds).map((v) => [v]),
    )) {
      out.visits.set(String(r.visitId), toVisit(r));
    }
    const trailKeys = new Set<string>();
    for (const e of events) {
      const k = `${e.expoId}|${e.visitorId}`;
      if (!out.trails.has(k)) trailKeys.add(k);
    }
    for (const k of trailKeys) {
      const t = cache.trails.get(k);
      if (t) out.trails.set(k, t);
    }
    for (const r of await selectByKeys<Row>(
      m,
      'analytics_trails',
      ['expoId', 'visitorId'],
      cache.missing(cache.trails, trailKeys).map((k) => k.split('|')),
    )) {
      out.trails.set(`${String(r.expoId)}|${String(r.visitorId)}`, {
        last: String(r.last),
        previous: (r.previous as string) ?? null,
      });
    }
  }

  /** Writes what `out` folded (deltas to add, states to set); answers what it wrote to the state tables. */
  private async write(m: EntityManager, out: FoldOutput): Promise<Omit<Staged, 'stamp'>> {
    const cache = this.cache;

    // Unique and repeat visitors per scope: each new visit adds one to its visitor's count.
    const scopeKeys = new Map<string, { scope: string; visitorId: string }>();
    for (const v of out.newVisits)
      for (const scope of [`b:${v.boothId}`, `h:${v.hallId}`, `e:${v.expoId}`])
        scopeKeys.set(`${scope}|${v.visitorId}`, { scope, visitorId: v.visitorId });
    const counts = new Map<string, number>();
    for (const k of scopeKeys.keys()) {
      const n = cache.scopeVisits.get(k);
      if (n !== undefined) counts.set(k, n);
    }
    for (const r of await selectByKeys<Row>(
      m,
      'analytics_scope_visitors',
      ['scope', 'visitorId'],
      cache.missing(cache.scopeVisits, scopeKeys.keys()).map((k) => {
        const { scope, visitorId } = scopeKeys.get(k)!;
        return [scope, visitorId];
      }),
    ))
      counts.set(`${String(r.scope)}|${String(r.visitorId)}`, num(r.visits));
    const scopeStats = new Map<string, { scope: string; uniqueVisitors: number; repeatVisitors: number }>();
    for (const v of out.newVisits) {
      for (const scope of [`b:${v.boothId}`, `h:${v.hallId}`, `e:${v.expoId}`]) {
        const key = `${scope}|${v.visitorId}`;
        const before = counts.get(key) ?? 0;
        counts.set(key, before + 1);
        const s = scopeStats.get(scope) ?? { scope, uniqueVisitors: 0, repeatVisitors: 0 };
        if (before === 0) s.uniqueVisitors += 1;
        if (before === 1) s.repeatVisitors += 1;
        scopeStats.set(scope, s);
      }
    }

    // Peak concurrency: the minute counters after this batch, and each booth's highest.
    const minuteRows = [...out.minutes.values()];
    const stored = new Map<string, number>();
    const minuteKeys = new Map<string, [string, number]>();
    for (const r of minuteRows) {
      const k = `${r.boothId}|${r.minute}`;
      const n = cache.minutes.get(k);
      if (n !== undefined) stored.set(k, n);
      else minuteKeys.set(k, [r.boothId, r.minute]);
    }
    for (const r of await selectByKeys<Row>(
      m,
      'analytics_booth_minutes',
      ['boothId', 'minute'],
      cache.missing(cache.minutes, minuteKeys.keys()).map((k) => minuteKeys.get(k)!),
    ))
      stored.set(`${String(r.boothId)}|${num(r.minute)}`, num(r.visitors));
    const peaks = new Map<string, number>();
    const minutes = minuteRows.map((r) => {
      const visitors = (stored.get(`${r.boothId}|${r.minute}`) ?? 0) + r.add;
      peaks.set(r.boothId, Math.max(peaks.get(r.boothId) ?? 0, visitors));
      return { boothId: r.boothId, minute: r.minute, visitors };
    });

    const add = {
      visits: 'add',
      engaged: 'add',
      dwellSeconds: 'add',
      watchSeconds: 'add',
      inquiries: 'add',
      orders: 'add',
      orderValueFen: 'add',
    } as const;
    // The writes go out together: the connection runs them one after another while this
    // process builds the next ones' statements (one transaction, one connection).
    await Promise.all([
      upsertRows(
        m,
        'analytics_visits',
        ['visitId'],
        {
          boothId: 'set',
          hallId: 'set',
          expoId: 'set',
          enterpriseId: 'set',
          visitorId: 'set',
          userId: 'set',
          startedAt: 'set',
          lastSeenAt: 'set',
          productViews: 'set',
          watchSeconds: 'set',
          watchStarts: 'set',
        },
        [...out.visits.values()] as unknown as Row[],
      ),
      upsertRows(
        m,
        'analytics_trails',
        ['expoId', 'visitorId'],
        { last: 'set', previous: 'set' },
        [...out.trails.entries()].map(([k, t]) => {
          const [expoId, visitorId] = k.split('|');
          return { expoId, visitorId, last: t.last, previous: t.previous };
        }),
      ),
      upsertRows(
        m,
        'analytics_booth_stats',
        ['boothId'],
        {
          expoId: 'set',
          hallId: 'set',
          enterpriseId: 'set',
          ...add,
          watchStarts: 'add',
          productViews: 'add',
          peakConcurrent: 'max',
        },
        [...out.booths.values()].map(({ place, c }) => ({ ...place, ...c, peakConcurrent: peaks.get(place.boothId) ?? 0 })),
      ),
      upsertRows(
        m,
        'analytics_booth_hours',
        ['boothId', 'hour'],
        { expoId: 'set', hallId: 'set', ...add },
        [...out.hours.values()].map((h) => ({ boothId: h.boothId, hour: h.hour, expoId: h.expoId, hallId: h.hallId, ...h.c })),
      ),
      upsertRows(
        m,
        'analytics_dwell',
        ['boothId', 'seconds'],
        { visits: 'add' },
        [...out.dwell.values()].filter((d) => d.visits !== 0),
      ),
      upsertRows(m, 'analytics_booth_minutes', ['boothId', 'minute'], { visitors: 'set' }, minutes),
      upsertRows(
        m,
        'analytics_scope_visitors',
        ['scope', 'visitorId'],
        { visits: 'set' },
        [...scopeKeys.values()].map((k) => ({ ...k, visits: counts.get(`${k.scope}|${k.visitorId}`) })),
      ),
      upsertRows(m, 'analytics_scope_stats', ['scope'], { uniqueVisitors: 'add', repeatVisitors: 'add' }, [
        ...scopeStats.values(),
      ]),
      upsertRows(m, 'analytics_routes', ['expoId', 'fromKey', 'toKey'], { count: 'add' }, [...out.routes.values()]),
      upsertRows(m, 'analytics_paths', ['expoId', 'path'], { count: 'add' }, [...out.paths.values()]),
    ]);
    const scopeVisits = new Map<string, number>();
    for (const k of scopeKeys.keys()) scopeVisits.set(k, counts.get(k)!);
    return {
      visits: [...out.visits.values()],
      trails: out.trails,
      scopeVisits,
      minutes: new Map(minutes.map((r) => [`${r.boothId}|${r.minute}`, r.visitors])),
    };
  }

  private async ensureCursor(): Promise<void> {
    if (this.cursorReady) return;
    const mysql = isMysql(this.m);
    await this.m.query(
      `INSERT ${mysql ? 'IGNORE' : 'OR IGNORE'} INTO analytics_cursors (name, seq, updatedAt) VALUES (?, 0, NULL)`,
      [CURSOR],
    );
    this.cursorReady = !this.tx.inTransaction; // inside a transaction that may yet roll back, it is known only after
  }

  async reset(): Promise<void> {
    this.knownSeq = null;
    this.ahead = null;
    await this.ensureCursor();
    await this.tx
      .run(async (m) => {
        const mysql = isMysql(m);
        await m.query(`SELECT seq FROM analytics_cursors WHERE name = ?${mysql ? ' FOR UPDATE' : ''}`, [CURSOR]);
        for (const t of ROLLUP_TABLES) await m.query(`DELETE FROM ${t}`);
        await m.query('UPDATE analytics_cursors SET seq = 0, updatedAt = NULL WHERE name = ?', [CURSOR]);
      })
      .catch((e: unknown) => {
        this.cache.clear();
        throw e;
      });
    // The state tables are empty now: every key the next steps do not find in memory is absent.
    this.cache.clear(stampOf(0, null), true);
  }

  async cursor(): Promise<{ seq: number; updatedAt: Date | null }> {
    const [r] = (await this.m.query('SELECT seq, updatedAt FROM analytics_cursors WHERE name = ?', [CURSOR])) as Row[];
    return r ? { seq: num(r.seq), updatedAt: r.updatedAt ? readDate(r.updatedAt) : null } : { seq: 0, updatedAt: null };
  }

  async headSeq(): Promise<number> {
    const [r] = (await this.m.query('SELECT MAX(seq) AS s FROM analytics_events')) as Row[];
    return num(r?.s);
  }

  async boothRows(filter: { expoId?: string; boothIds?: string[] }): Promise<BoothRow[]> {
    const qb = this.m.createQueryBuilder().select('s.*').from('analytics_booth_stats', 's');
    if (filter.expoId) qb.andWhere('s.expoId = :expoId', { expoId: filter.expoId });
    if (filter.boothIds) {
      if (filter.boothIds.length === 0) return [];
      qb.andWhere('s.boothId IN (:...ids)', { ids: filter.boothIds });
    }
    const rows = (await qb.getRawMany()) as Row[];
    return rows.map((r) => ({
      boothId: String(r.boothId),
      expoId: String(r.expoId),
      hallId: String(r.hallId),
      enterpriseId: String(r.enterpriseId),
      visits: num(r.visits),
      engaged: num(r.engaged),
      dwellSeconds: num(r.dwellSeconds),
      watchSeconds: num(r.watchSeconds),
      watchStarts: num(r.watchStarts),
      productViews: num(r.productViews),
      inquiries: num(r.inquiries),
      orders: num(r.orders),
      orderValueFen: num(r.orderValueFen),
      peakConcurrent: num(r.peakConcurrent),
    }));
  }

  async hourRows(filter: { expoId?: string; boothId?: string }): Promise<HourRow[]> {
    const qb = this.m
      .createQueryBuilder()
      .from('analytics_booth_hours', 'h')
      .select('h.hour', 'hour')
      .addSelect('h.hallId', 'hallId')
      .addSelect('SUM(h.visits)', 'visits')
      .addSelect('SUM(h.engaged)', 'engaged')
      .addSelect('SUM(h.dwellSeconds)', 'dwellSeconds')
      .addSelect('SUM(h.watchSeconds)', 'watchSeconds')
      .addSelect('SUM(h.inquiries)', 'inquiries')
      .addSelect('SUM(h.orders)', 'orders')
      .addSelect('SUM(h.orderValueFen)', 'orderValueFen')
      .groupBy('h.hour')
      .addGroupBy('h.hallId')
      .orderBy('h.hour', 'ASC');
    if (filter.expoId) qb.andWhere('h.expoId = :expoId', { expoId: filter.expoId });
    if (filter.boothId) qb.andWhere('h.boothId = :boothId', { boothId: filter.boothId });
    const rows = (await qb.getRawMany()) as Row[];
    return rows.map((r) => ({
      hour: num(r.hour),
      hallId: String(r.hallId),
      visits: num(r.visits),
      engaged: num(r.engaged),
      dwellSeconds: num(r.dwellSeconds),
      watchSeconds: num(r.watchSeconds),
      inquiries: num(r.inquiries),
      orders: num(r.orders),
      orderValueFen: num(r.orderValueFen),
    }));
  }

  async medians(boothIds: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (boothIds.length === 0) return out;
    const rows = (await this.m
      .createQueryBuilder()
      .from('analytics_dwell', 'd')
      .select(['d.boothId AS boothId', 'd.seconds AS seconds', 'd.visits AS visits'])
      .where('d.boothId IN (:...ids) AND d.visits > 0', { ids: boothIds })
      .orderBy('d.boothId')
      .addOrderBy('d.seconds')
      .getRawMany()) as Row[];
    const byBooth = new Map<string, { seconds: number; visits: number }[]>();
    for (const r of rows) {
      const list = byBooth.get(String(r.boothId)) ?? [];
      list.push({ seconds: num(r.seconds), visits: num(r.visits) });
      byBooth.set(String(r.boothId), list);
    }
    for (const [boothId, list] of byBooth) out.set(boothId, medianOf(list));
    return out;
  }

  async scopeStats(scopes: string[]): Promise<Map<string, { uniqueVisitors: number; repeatVisitors: number }>> {
    const out = new Map<string, { uniqueVisitors: number; repeatVisitors: number }>();
    for (const r of await selectByKeys<Row>(
      this.m,
      'analytics_scope_stats',
      ['scope'],
      scopes.map((s) => [s]),
    ))
      out.set(String(r.scope), { uniqueVisitors: num(r.uniqueVisitors), repeatVisitors: num(r.repeatVisitors) });
    return out;
  }

  async frequency(scope: string): Promise<{ visits: number; visitors: number }[]> {
    const rows = (await this.m
      .createQueryBuilder()
      .from('analytics_scope_visitors', 'v')
      .select('v.visits', 'visits')
      .addSelect('COUNT(*)', 'visitors')
      .where('v.scope = :scope', { scope })
      .groupBy('v.visits')
      .orderBy('v.visits')
      .getRawMany()) as Row[];
    return rows.map((r) => ({ visits: num(r.visits), visitors: num(r.visitors) }));
  }

  /**
   * The top moves of an expo, or those from and to one place. Ties break by key, in the same
   * direction as the count, so that MariaDB reads them in index order and stops at the limit.
   */
  async routes(expoId: string, limit: number, touching?: string): Promise<RouteRow[]> {
    const top = async (where: string, params: Record<string, string>) =>
      (
        (await this.m
          .createQueryBuilder()
          .from('analytics_routes', 'r')
          .select(['r.fromKey AS fromKey', 'r.toKey AS toKey', 'r.count AS count'])
          .where(`r.expoId = :expoId${where}`, { expoId, ...params })
          .orderBy('r.count', 'DESC')
          .addOrderBy('r.fromKey', 'DESC')
          .addOrderBy('r.toKey', 'DESC')
          .limit(limit)
          .getRawMany()) as Row[]
      ).map((r) => ({ fromKey: String(r.fromKey), toKey: String(r.toKey), count: num(r.count) }));
    if (!touching) return top('', {});
    // One query per side: each has its own index ((expoId, fromKey, ...) and (expoId, toKey)).
    const [from, to] = [await top(' AND r.fromKey = :k', { k: touching }), await top(' AND r.toKey = :k', { k: touching })];
    return [...from, ...to.filter((r) => r.fromKey !== touching)].sort((a, b) => b.count - a.count);
  }

  async paths(expoId: string, limit: number): Promise<{ path: string; count: number }[]> {
    const rows = (await this.m
      .createQueryBuilder()
      .from('analytics_paths', 'p')
      .select(['p.path AS path', 'p.count AS count'])
      .where('p.expoId = :expoId', { expoId })
      .orderBy('p.count', 'DESC')
      .addOrderBy('p.path', 'DESC')
      .limit(limit)
      .getRawMany()) as Row[];
    return rows.map((r) => ({ path: String(r.path), count: num(r.count) }));
  }

  async visitsOf(userId: string, boothId: string): Promise<VisitRow[]> {
    const rows = (await this.m
      .createQueryBuilder()
      .from('analytics_visits', 'v')
      .select('v.*')
      .where('v.userId = :userId AND v.boothId = :boothId', { userId, boothId })
      .orderBy('v.startedAt', 'ASC')
      .limit(200)
      .getRawMany()) as Row[];
    return rows.map((r) => {
      const v = toVisit(r);
      return {
        visitId: v.visitId,
        boothId: v.boothId,
        startedAt: v.startedAt,
        lastSeenAt: v.lastSeenAt,
        productViews: v.productViews,
        watchSeconds: v.watchSeconds,
      };
    });
  }
}

function toVisit(r: Row): VisitState {
  return {
    visitId: String(r.visitId),
    boothId: String(r.boothId),
    hallId: String(r.hallId),
    expoId: String(r.expoId),
    enterpriseId: String(r.enterpriseId),
    visitorId: String(r.visitorId),
    userId: (r.userId as string | null) ?? null,
    startedAt: readDate(r.startedAt),
    lastSeenAt: readDate(r.lastSeenAt),
    productViews: num(r.productViews),
    watchSeconds: num(r.watchSeconds),
    watchStarts: num(r.watchStarts),
  };
}

/** The median of a histogram (sorted by value): the middle visit, or the mean of the two middle ones. */
export function medianOf(list: { seconds: number; visits: number }[]): number {
  const n = list.reduce((s, x) => s + x.visits, 0);
  if (n === 0) return 0;
  const at = (k: number): number => {
    let seen = 0;
    for (const x of list) {
      seen += x.visits;
      if (k < seen) return x.seconds;
    }
    return list[list.length - 1].seconds;
  };
  return n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}
