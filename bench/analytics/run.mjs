// Analytics bench on MariaDB: ingest through the real HTTP endpoint (batched, many visitors), the
// roll-up of BENCH_EVENTS (1,000,000) raw events over BENCH_HALLS x BENCH_PER_HALL (10 x 100) booths,
// incremental freshness while ingesting BENCH_SUSTAIN_RATE (5000) events/s for BENCH_SUSTAIN_SECONDS
// (20), dashboard p95 at that size; against the naive baseline in the same run (one INSERT per
// event; dashboards by full GROUP BY over the raw events).
//
// Phases: (1) BENCH_INGEST_ROUNDS (3) rounds of HTTP ingest of BENCH_INGEST_EVENTS (100000) events
// after BENCH_WARM_EVENTS (20000) of warm-up, in batches of BENCH_BATCH (50, as the web tracker
// sends them) with BENCH_CONCURRENCY (32) requests in flight, bodies serialized before the clock
// starts, each round followed by a round of the baseline's one-INSERT-per-event ingest of
// BENCH_BASELINE_EVENTS (20000); the medians are the figures (this machine's speed drifts by a
// quarter from one minute to the next), and each round logs the CPU per event of the server, the
// load generator and MariaDB; (2) with the server
// stopped, raw events are bulk loaded up to BENCH_EVENTS and `admin analytics-rebuild` folds all
// of them (its own timing, the fold without the process boot); (3) dashboard p95 over
// BENCH_DASHBOARD_READS (200) reads; (4) sustained ingest, sampling the head sequence and the
// roll-up cursor every 250 ms: freshness = time from an event being stored to the roll-ups
// including it. BENCH_TOPOLOGY: all-in-one (default: one process ingests and folds, as a
// single-process deployment runs) or api+worker (README's Production processes).
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
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
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
const INGEST_ROUNDS = num('BENCH_INGEST_ROUNDS', 3);
const WARM_EVENTS = num('BENCH_WARM_EVENTS', 20_000);
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
const median = (values) => pct(values, 50);
const round = (v, d = 1) => (v === null ? null : Math.round(v * 10 ** d) / 10 ** d);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** CPU ms of a local process from /proc (clock ticks of 10 ms): user + system, and system; null where unreadable. */
const cpuOf = (pid) => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { all: (Number(f[11]) + Number(f[12])) * 10, sys: Number(f[12]) * 10 };
  } catch {
    return null;
  }
};
const mariadbPid = (() => {
  try {
    return Number(execSync('pidof mariadbd mysqld', { encoding: 'utf8' }).trim().split(/\s+/)[0]) || null;
  } catch {
    return null;
  }
})();

// Every bench visitor comes from 127.0.0.1: the per-address budget is lifted, the per-visitor one stays.
process.env.ANALYTICS_IP_EVENTS_PER_MINUTE = '1000000000';
process.env.ANALYTICS_MAX_EVENT_AGE_MINUTES = String(7 * 24 * 60);

const TOPOLOGY = process.env.BENCH_TOPOLOGY ?? 'all-in-one';
if (!['api+worker', 'all-in-one'].includes(TOPOLOGY))
  throw new Error(`BENCH_TOPOLOGY: api+worker or all-in-one, not ${TOPOLOGY}`);
/**
 * The deployment under test. all-in-one: one process ingests and folds. api+worker: the API process
 * takes the events and the worker process folds them; the demo data is loaded by an all-in-one
 * started and stopped first.
 */
async function startDeployment(demo) {
  if (TOPOLOGY === 'all-in-one') return startServer(db, { demo });
  if (demo) await (await startServer(db, { demo: true })).stop();
  const api = await startServer(db, { app: 'api' });
  const worker = await startServer(db, { app: 'worker' }).catch(async (e) => {
    await api.stop();
    throw e;
  });
  return {
    url: api.url,
    pid: api.pid,
    workerPid: worker.pid,
    async stop() {
      await Promise.all([api.stop(), worker.stop()]);
    },
  };
}
// Keep-alive sockets for the load; a fresh set after each pause (the server closes a socket idle for
// 5 s, and a request sent on it as it closes would fail with ECONNRESET).
const newAgent = () => new http.Agent({ keepAlive: true, maxSockets: Math.max(CONCURRENCY, MAX_IN_FLIGHT) });
let agent = newAgent();
const freshSockets = () => {
  agent.destroy();
  agent = newAgent();
};
const db = await createDatabase();
let server = null;
try {
  log(`database ${db.name}; starting the server`);
  server = await startDeployment(true);
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

  // The load generator stays light (node:http on keep-alive sockets, bodies serialized before the
  // clock starts): on 2 cores its CPU is CPU the server and MariaDB do not get.
  const postBody = (body) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        `${server.url}/api/analytics/events`,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks = [];
          res.on('data', (d) => chunks.push(d));
          res.on('end', () => {
            try {
              const answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
              if (res.statusCode !== 202 || answer.rejected.length)
                throw new Error(`ingest: ${res.statusCode} ${JSON.stringify(answer).slice(0, 300)}`);
              resolve(answer.accepted);
            } catch (e) {
              reject(e);
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const post = (visitorId, events) => postBody(JSON.stringify({ visitorId, events }));
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

  // (1) Ingest rate through HTTP, in BENCH_INGEST_ROUNDS rounds, each followed by a round of the
  // baseline (one INSERT per event) so both see the machine as it is then; medians are reported.
  log(`ingest: ${INGEST_ROUNDS} rounds of ${INGEST_EVENTS} events, batches of ${BATCH}, ${CONCURRENCY} in flight`);
  const start = Date.now() - 6 * 3_600_000;
  // Warm-up as a server would be warm: the booth directory's cache, connections, the JIT's
  // optimized code (after 2,000 sequential events only, the first round ran at two thirds of the
  // later ones).
  const warm = batches(WARM_EVENTS, start);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let n = warm.next(); !n.done; n = warm.next()) await post(n.value[0], n.value[1]);
    }),
  );
  const boothById = new Map(world.booths.map((b) => [b.id, b]));
  const ingestRates = [];
  const baselineRates = [];
  for (let r = 1; r <= INGEST_ROUNDS; r++) {
    const bodies = [...batches(INGEST_EVENTS, start)].map(([visitorId, events]) => JSON.stringify({ visitorId, events }));
    let next = 0;
    let ingested = 0;
    freshSockets();
    const serverPid = server.pid;
    const workerPid = server.workerPid ?? null;
    const cpu0 = [cpuOf(serverPid), process.cpuUsage(), cpuOf(mariadbPid), workerPid && cpuOf(workerPid)];
    const t1 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < bodies.length) {
          const stored = await postBody(bodies[next++]);
          ingested += stored;
        }
      }),
    );
    const ingestSeconds = (performance.now() - t1) / 1000;
    ingestRates.push(ingested / ingestSeconds);
    // Where the 2 cores went: CPU µs per stored event of the server, this load generator and MariaDB.
    const perEvent = (ms) => (ms === null || !ingested ? 'n/a' : ((ms * 1000) / ingested).toFixed(1));
    const used = (pid, before) => {
      const now = before && cpuOf(pid);
      return now ? `${perEvent(now.all - before.all)} µs (system ${perEvent(now.sys - before.sys)})` : 'n/a';
    };
    const client = process.cpuUsage(cpu0[1]);
    log(
      `ingest round ${r}: ${ingested} events in ${ingestSeconds.toFixed(1)} s = ${Math.round(ingested / ingestSeconds)} events/s; ` +
        `CPU per event (${TOPOLOGY}): server ${used(serverPid, cpu0[0])}${workerPid ? `, worker ${used(workerPid, cpu0[3])}` : ''}, ` +
        `load generator ${perEvent((client.user + client.system) / 1000)} µs, MariaDB ${used(mariadbPid, cpu0[2])}`,
    );
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
    baselineRates.push(await naiveIngest(db, baselineRows.slice(0, BASELINE_EVENTS), BASELINE_CONCURRENCY));
    log(
      `baseline round ${r}: ${Math.round(baselineRates.at(-1))} events/s (one INSERT each, ${BASELINE_CONCURRENCY} connections)`,
    );
  }
  const ingestRate = median(ingestRates);
  const baselineIngest = median(baselineRates);
  log(`ingest: median ${Math.round(ingestRate)} events/s; baseline median ${Math.round(baselineIngest)} events/s`);

  // (2) Roll-up of EVENTS raw events, with the server stopped (nothing else folds meanwhile).
  await server.stop();
  server = null;
  const have = await head();
  log(`loading raw events up to ${EVENTS} (have ${have})`);
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
  server = await startDeployment(false);
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

  // (4) Freshness under sustained ingest. MariaDB's page reads from disk meanwhile are logged: at
  // 1,000,000 events the roll-up tables outgrow the default 128 MB buffer pool, and the fold's
  // upserts into them (keyed by random UUIDs) then wait on disk (docs/analytics.md, Benchmark).
  freshSockets();
  const pool = async () => {
    const [rows] = await c.query(
      "SHOW GLOBAL STATUS WHERE Variable_name IN ('Innodb_buffer_pool_reads', 'Innodb_buffer_pool_pages_dirty', 'Innodb_buffer_pool_pages_total')",
    );
    return Object.fromEntries(rows.map((r) => [r.Variable_name, Number(r.Value)]));
  };
  const poolBefore = await pool();
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
  // Paced by events, not batches: a visitor's last batch holds fewer than BATCH events.
  let sentEvents = 0;
  let failedEvents = 0;
  let sendSeconds = 0;
  let failed = 0;
  let firstFailure = null;
  const inFlight = new Set();
  try {
    while (true) {
      const elapsed = (performance.now() - t4) / 1000;
      if (elapsed >= SUSTAIN_SECONDS) break;
      const due = elapsed * SUSTAIN_RATE;
      // At most MAX_IN_FLIGHT requests open: past the server's capacity the load stops growing
      // (the achieved rate is reported) instead of piling up sockets until they fail.
      while (sentEvents < due && inFlight.size < MAX_IN_FLIGHT) {
        const n = sustainGen.next();
        if (n.done) break;
        sent++;
        const size = n.value[1].length;
        sentEvents += size;
        const p = post(n.value[0], n.value[1])
          .catch((e) => {
            failed++;
            failedEvents += size;
            firstFailure ??= String(e).slice(0, 300);
          })
          .finally(() => inFlight.delete(p));
        inFlight.add(p);
      }
      await sleep(20);
    }
    sendSeconds = (performance.now() - t4) / 1000;
    await Promise.all(inFlight);
  } finally {
    sending = false;
    await sampler;
  }
  const poolAfter = await pool();
  log(
    `sustained: MariaDB buffer pool ${poolBefore.Innodb_buffer_pool_pages_total} pages, dirty ${poolBefore.Innodb_buffer_pool_pages_dirty} at the start; ` +
      `${poolAfter.Innodb_buffer_pool_reads - poolBefore.Innodb_buffer_pool_reads} page reads from disk during the phase`,
  );
  // Events sent (and not refused) per second of the sending window; the drain after it is not load.
  const achieved = (sentEvents - failedEvents) / sendSeconds;
  if (failed) log(`sustained: ${failed} batches failed, first: ${firstFailure}`);
  const freshnessP95 = pct(lags, 95);
  log(
    `sustained: ${Math.round(achieved)} events/s sent in ${sent} batches; freshness p50 ${round(pct(lags, 50), 2)} s, p95 ${round(freshnessP95, 2)} s`,
  );

  await c.end();

  console.log(
    JSON.stringify({
      ingest_events_per_s: Math.round(ingestRate),
      ingest_rounds_events_per_s: ingestRates.map(Math.round),
      ingest_vs_baseline: round(ingestRate / baselineIngest, 2),
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
      baseline_rounds_events_per_s: baselineRates.map(Math.round),
      baseline_rollup_1m_s: round(baselineRollup, 2),
      baseline_dashboard_p95_ms: round(pct(baselineReads, 95)),
      baseline_freshness_s: round(baselineRollup, 2),
    }),
  );
} finally {
  agent.destroy();
  await server?.stop();
  if (process.env.BENCH_KEEP_DB) log(`kept database ${db.name}`);
  else await db.drop();
}
