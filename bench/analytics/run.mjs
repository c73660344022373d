// Analytics bench on MariaDB: ingest through the real HTTP endpoint (batched, many visitors), the
// roll-up of BENCH_EVENTS (1,000,000) raw events over BENCH_HALLS x BENCH_PER_HALL (10 x 100) booths,
// incremental freshness while ingesting BENCH_SUSTAIN_RATE (5000) events/s for BENCH_SUSTAIN_SECONDS
// (20), dashboard p95 at that size; against the naive baseline in the same run (one INSERT per
// event; dashboards by full GROUP BY over the raw events).
//
// Phases: (1) HTTP ingest of BENCH_INGEST_EVENTS (100000) events in batches of BENCH_BATCH (50)
// with BENCH_CONCURRENCY (32) requests in flight; (2) with the server stopped, raw events are bulk
// loaded up to BENCH_EVENTS and `admin analytics-rebuild` folds all of them (its own timing, the fold
// without the process boot); (3) dashboard p95 over BENCH_DASHBOARD_READS (200) reads; (4) sustained
// ingest, sampling the head sequence and the roll-up cursor every 250 ms: freshness = time from an
// event being stored to the roll-ups including it; (5) the baseline.
// Progress goes to stderr; the last stdout line is one JSON object of the figures.
//
// What is measured is the shipped path: ingest's per-event checks run the DTO's rules from a plan,
// concurrent requests share group-commit statements (INSERT IGNORE ... RETURNING id, answered
// after commit), and the all-in-one process folds while it ingests (as a single-process deployment
// does). The rebuild runs in the admin process with 100,000-event steps and its memory of what it
// wrote (no state selects after its reset), each step's events read on a second connection while
// the step before writes. A booth the ingest cache misses brings in its whole expo's booths; the
// per-visitor/IP counts of concurrent requests share a Redis MULTI. BENCH_PROFILE_DIR=<dir> writes
// a CPU profile of each server process there.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import jwt from 'jsonwebtoken';
import { naiveIngest, naiveRollup } from './baseline.mjs';
import { addBooths, adminRebuild, createDatabase, rawRow, startServer, walks } from './world.mjs';
import { JWT_SECRET } from '../orders/servers.mjs';

const num = (name, def) => Number(process.env[name] ?? def);
const EVENTS = num('BENCH_EVENTS', 1_000_000);
const HALLS = num('BENCH_HALLS', 10);
const PER_HALL = num('BENCH_PER_HALL', 100);
const INGEST_EVENTS = num('BENCH_INGEST_EVENTS', 100_000);
const BATCH = num('BENCH_BATCH', 50);
const CONCURRENCY = num('BENCH_CONCURRENCY', 32);
const SUSTAIN_RATE = num('BENCH_SUSTAIN_RATE', 5000);
const SUSTAIN_SECONDS = num('BENCH_SUSTAIN_SECONDS', 20);
const DASHBOARD_READS = num('BENCH_DASHBOARD_READS', 200);
const BASELINE_EVENTS = num('BENCH_BASELINE_EVENTS', 20_000);
const MAX_IN_FLIGHT = num('BENCH_MAX_IN_FLIGHT', 64);
const BASELINE_CONCURRENCY = num('BENCH_BASELINE_CONCURRENCY', 16);
const log = (line) => process.stderr.write(`[bench:analytics ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const pct = (values, p) => {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const round = (v, d = 1) => (v === null ? null : Math.round(v * 10 ** d) / 10 ** d);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Every bench visitor comes from 127.0.0.1: the per-address budget is lifted, the per-visitor one stays.
process.env.ANALYTICS_IP_EVENTS_PER_MINUTE = '1000000000';
process.env.ANALYTICS_MAX_EVENT_AGE_MINUTES = String(7 * 24 * 60);

const db = await createDatabase();
let server = null;
try {
  log(`database ${db.name}; starting the server`);
  server = await startServer(db, { demo: true });
  const world = await addBooths(db, HALLS, PER_HALL);
  const c = await db.connect();
  const [[expo]] = await c.query('SELECT organizerId FROM expos WHERE id = ?', [world.expoId]);
  const [[firstBooth]] = await c.query('SELECT id, enterpriseId FROM booths WHERE id = ?', [world.booths[0].id]);
  const [enterpriseRows] = await c.query('SELECT id, enterpriseId FROM booths WHERE expoId = ?', [world.expoId]);
  const enterpriseOf = new Map(enterpriseRows.map((r) => [r.id, r.enterpriseId]));
  for (const b of world.booths) b.enterpriseId = enterpriseOf.get(b.id);
  const sign = (sub, role, ent) =>
    jwt.sign({ sub, role, ent, name: 'bench', ims: Date.now() }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '2h' });
  const organizer = sign(expo.organizerId, 'organizer', null);
  const exhibitor = sign(randomUUID(), 'exhibitor', firstBooth.enterpriseId);
  log(`${world.booths.length} booths in ${HALLS} halls`);

  const post = async (visitorId, events) => {
    const res = await fetch(`${server.url}/api/analytics/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ visitorId, events }),
    });
    const body = await res.json();
    if (res.status !== 202 || body.rejected.length)
      throw new Error(`ingest: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    return body.accepted;
  };
  /** Batches of BATCH events from walks, each visitor's events in order. */
  function* batches(total, start) {
    let made = 0;
    for (const [visitorId, events] of walks({
      booths: world.booths,
      visitors: 1e9,
      visitsPerVisitor: 4,
      start,
      spanMs: 6 * 3_600_000,
    })) {
      for (let i = 0; i < events.length && made < total; i += BATCH) {
        const part = events.slice(i, i + BATCH).slice(0, total - made);
        made += part.length;
        yield [visitorId, part];
      }
      if (made >= total) return;
    }
  }
  const head = async () => Number((await c.query('SELECT COALESCE(MAX(seq), 0) AS s FROM analytics_events'))[0][0].s);
  const cursor = async () =>
    Number((await c.query("SELECT COALESCE(MAX(seq), 0) AS s FROM analytics_cursors WHERE name = 'main'"))[0][0].s);

  // (1) Ingest rate through HTTP.
  log(`ingest: ${INGEST_EVENTS} events, batches of ${BATCH}, ${CONCURRENCY} in flight`);
  const start = Date.now() - 6 * 3_600_000;
  const warm = batches(2000, start);
  for (const [v, e] of warm) await post(v, e); // the booth directory's cache, connections
  const gen = batches(INGEST_EVENTS, start);
  let ingested = 0;
  const t1 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let n = gen.next(); !n.done; n = gen.next()) {
        const stored = await post(n.value[0], n.value[1]);
        ingested += stored;
      }
    }),
  );
  const ingestSeconds = (performance.now() - t1) / 1000;
  const ingestRate = ingested / ingestSeconds;
  log(`ingest: ${ingested} events in ${ingestSeconds.toFixed(1)} s = ${Math.round(ingestRate)} events/s`);

  // (2) Roll-up of EVENTS raw events, with the server stopped (nothing else folds meanwhile).
  await server.stop();
  server = null;
  const have = await head();
  log(`loading raw events up to ${EVENTS} (have ${have})`);
  const boothById = new Map(world.booths.map((b) => [b.id, b]));
  let rows = [];
  const flush = async () => {
    if (!rows.length) return;
    await c.query(
      'INSERT INTO analytics_events (id, type, visitorId, userId, expoId, hallId, boothId, enterpriseId, visitId, refId, watching, valueFen, occurredAt, receivedAt) VALUES ?',
      [rows],
    );
    rows = [];
  };
  let count = Number((await c.query('SELECT COUNT(*) AS n FROM analytics_events'))[0][0].n);
  for (const [visitorId, events] of walks({
    booths: world.booths,
    visitors: 1e9,
    visitsPerVisitor: 5,
    start,
    spanMs: 6 * 3_600_000,
  })) {
    if (count >= EVENTS) break;
    for (const e of events.slice(0, EVENTS - count)) rows.push(rawRow(visitorId, e, boothById.get(e.boothId), world.expoId));
    count += Math.min(events.length, EVENTS - count);
    if (rows.length >= 5000) await flush();
  }
  await flush();
  log(`${count} raw events stored; rebuilding the roll-ups (admin analytics-rebuild)`);
  const rebuilt = await adminRebuild(db);
  log(`roll-up: ${rebuilt.events} events in ${rebuilt.seconds} s`);
  log('baseline roll-up: full GROUP BY over the raw events');
  const baselineRollup = await naiveRollup(db, world.expoId);
  log(`baseline roll-up: ${baselineRollup.toFixed(2)} s`);

  // (3) Dashboard reads at this size.
  server = await startServer(db, { demo: false });
  const read = async (path, token) => {
    const t = performance.now();
    const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${token}` } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return performance.now() - t;
  };
  await read(`/api/analytics/expos/${world.expoId}`, organizer);
  const reads = [];
  for (let i = 0; i < DASHBOARD_READS; i++)
    reads.push(
      await read(
        i % 2 ? `/api/analytics/booths/${firstBooth.id}` : `/api/analytics/expos/${world.expoId}`,
        i % 2 ? exhibitor : organizer,
      ),
    );
  const dashboardP95 = pct(reads, 95);
  log(`dashboard: p50 ${round(pct(reads, 50))} ms, p95 ${round(dashboardP95)} ms over ${reads.length} reads`);
  const baselineReads = [];
  for (let i = 0; i < 3; i++) baselineReads.push((await naiveRollup(db, world.expoId)) * 1000);

  // (4) Freshness under sustained ingest.
  log(`sustained: ${SUSTAIN_RATE} events/s for ${SUSTAIN_SECONDS} s`);
  const sustainGen = batches(SUSTAIN_RATE * SUSTAIN_SECONDS, Date.now() - 30 * 60_000);
  const lags = [];
  let sending = true;
  let sent = 0;
  const sampler = (async () => {
    const pending = [];
    let drainUntil = null;
    while (sending || pending.length) {
      if (sending) pending.push([Date.now(), await head()]);
      else drainUntil ??= Date.now() + 60_000;
      const cur = await cursor();
      while (pending.length && pending[0][1] <= cur) lags.push((Date.now() - pending.shift()[0]) / 1000);
      if (drainUntil && Date.now() > drainUntil) {
        log(`sustained: ${pending.length} samples not rolled up within 60 s after the load stopped`);
        break;
      }
      await sleep(250);
    }
  })();
  const t4 = performance.now();
  const perTick = (SUSTAIN_RATE * 0.1) / BATCH; // batches every 100 ms
  let due = 0;
  let failed = 0;
  let firstFailure = null;
  const inFlight = new Set();
  try {
    while (true) {
      const elapsed = (performance.now() - t4) / 1000;
      if (elapsed >= SUSTAIN_SECONDS) break;
      due = Math.floor((elapsed / 0.1) * perTick);
      // At most MAX_IN_FLIGHT requests open: past the server's capacity the load stops growing
      // (the achieved rate is reported) instead of piling up sockets until they fail.
      while (sent < due && inFlight.size < MAX_IN_FLIGHT) {
        const n = sustainGen.next();
        if (n.done) break;
        sent++;
        const p = post(n.value[0], n.value[1])
          .catch((e) => {
            failed++;
            firstFailure ??= String(e).slice(0, 300);
          })
          .finally(() => inFlight.delete(p));
        inFlight.add(p);
      }
      await sleep(20);
    }
    await Promise.all(inFlight);
  } finally {
    sending = false;
    await sampler;
  }
  const achieved = ((sent - failed) * BATCH) / ((performance.now() - t4) / 1000);
  if (failed) log(`sustained: ${failed} batches failed, first: ${firstFailure}`);
  const freshnessP95 = pct(lags, 95);
  log(
    `sustained: ${Math.round(achieved)} events/s sent; freshness p50 ${round(pct(lags, 50), 2)} s, p95 ${round(freshnessP95, 2)} s`,
  );

  // (5) Baseline ingest: one INSERT per event.
  const baselineRows = [];
  for (const [visitorId, events] of walks({
    booths: world.booths,
    visitors: 1e9,
    visitsPerVisitor: 4,
    start,
    spanMs: 3_600_000,
  })) {
    for (const e of events) baselineRows.push(rawRow(visitorId, e, boothById.get(e.boothId), world.expoId));
    if (baselineRows.length >= BASELINE_EVENTS) break;
  }
  const baselineIngest = await naiveIngest(db, baselineRows.slice(0, BASELINE_EVENTS), BASELINE_CONCURRENCY);
  log(`baseline ingest: ${Math.round(baselineIngest)} events/s (one INSERT each, ${BASELINE_CONCURRENCY} connections)`);
  await c.end();

  console.log(
    JSON.stringify({
      ingest_events_per_s: Math.round(ingestRate),
      rollup_1m_s: round(rebuilt.seconds, 2),
      rollup_events: rebuilt.events,
      freshness_p95_s: round(freshnessP95, 2),
      freshness_p50_s: round(pct(lags, 50), 2),
      sustained_events_per_s: Math.round(achieved),
      sustained_failed_batches: failed,
      dashboard_p95_ms: round(dashboardP95),
      dashboard_p50_ms: round(pct(reads, 50)),
      booths: world.booths.length,
      baseline_ingest_events_per_s: Math.round(baselineIngest),
      baseline_rollup_1m_s: round(baselineRollup, 2),
      baseline_dashboard_p95_ms: round(pct(baselineReads, 95)),
      baseline_freshness_s: round(baselineRollup, 2),
    }),
  );
} finally {
  await server?.stop();
  if (process.env.BENCH_KEEP_DB) log(`kept database ${db.name}`);
  else await db.drop();
}
