// Flash-deal bench: a burst of buy taps on one deal through the real path (the room socket's
// `deal.buy`: Redis reservation, group commit to MariaDB), against the naive baseline (one
// transaction per order locking the stock row) on the same database in the same run.
//
// Starts BENCH_SERVERS (2) built all-in-one processes in production mode on a fresh MariaDB
// database and Redis (own key prefix), BENCH_BUYERS (2000) buyers each on a socket in the room,
// a deal of BENCH_STOCK (10000) units with a per-buyer limit of BENCH_LIMIT (10), and fires
// BENCH_RATE (6000) attempts a second for BENCH_SECONDS (4). Afterwards MySQL is checked:
// oversold (units held past the deal's quantity), lost (confirmed answers whose order is not in
// MySQL), duplicated (orders beyond one per confirmed answer, or two answers naming one order).
// A warm-up deal of BENCH_WARMUP (1000) units is sold first, unmeasured.
// Baseline: BENCH_BASELINE_CONCURRENCY (64) connections for BENCH_BASELINE_SECONDS (5).
// Progress goes to stderr; the last stdout line is one JSON object of the figures.
//
// The buyers' sockets speak the socket.io wire protocol over plain `ws` (wire-client.mjs;
// BENCH_CLIENT=socket.io for socket.io-client): the servers see the same handshake, auth, packets
// and pings, but the bench process no longer decodes every copy of the room's broadcasts, so its
// CPU goes to the requests it measures. `cpu_pct` is the CPU of every process during the burst
// (servers, this client, MariaDB and Redis, which others may share) in % of one core: on this
// 2-core machine everything competes for 200. `fired_per_s` is the rate the client managed to
// offer (below BENCH_RATE when the client itself is starved); `attempts_per_s` counts until the
// last answer, so a server that falls behind shows a lower handled rate and a p99 that is its
// queue. `broadcasts_received` counts the room events all buyers got during the burst.
import { performance } from 'node:perf_hooks';
import { baseline } from './baseline.mjs';
import { broadcastsReceived, burst, CLIENT, connectBuyers, connectOne } from './burst.mjs';
import { cpuMeter } from './cpu.mjs';
import { createDatabase, startServer, stage } from './servers.mjs';

const num = (name, def) => Number(process.env[name] ?? def);
const SERVERS = num('BENCH_SERVERS', 2);
const BUYERS = num('BENCH_BUYERS', 2000);
const STOCK = num('BENCH_STOCK', 10000);
const LIMIT = num('BENCH_LIMIT', 10);
const RATE = num('BENCH_RATE', 6000);
const SECONDS = num('BENCH_SECONDS', 4);
const WARMUP = num('BENCH_WARMUP', 1000);
const BASELINE_CONCURRENCY = num('BENCH_BASELINE_CONCURRENCY', 64);
const BASELINE_SECONDS = num('BENCH_BASELINE_SECONDS', 5);
const log = (line) => process.stderr.write(`[bench:orders ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const pct = (values, p) => {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] * 10) / 10;
};
const round = (v, d = 1) => Math.round(v * 10 ** d) / 10 ** d;

const db = await createDatabase();
db.connectUri = db.url.replace(/^mariadb:/, 'mysql:');
const servers = [];
const sockets = [];
try {
  log(`database ${db.name}; starting ${SERVERS} servers`);
  servers.push(await startServer(db, { demo: true }));
  servers.push(...(await Promise.all(Array.from({ length: SERVERS - 1 }, () => startServer(db)))));
  const world = await stage(servers[0].url, db, STOCK + WARMUP);
  log(`connecting ${BUYERS} buyers`);
  const buyers = await connectBuyers(
    servers.map((s) => s.url),
    world.sessionId,
    BUYERS,
  );
  sockets.push(...buyers.map((b) => b.socket));
  const staffSocket = await connectOne(servers[0].url, world.staff);
  sockets.push(staffSocket);
  await staffSocket.emitWithAck('room.join', { sessionId: world.sessionId, as: 'viewer' });
  const startDeal = async (quantity) => {
    const started = await staffSocket.emitWithAck('deal.start', {
      skuId: world.skuId,
      priceFen: 100,
      quantity,
      perBuyerLimit: LIMIT,
      durationSeconds: 1800,
    });
    if (!started.ok) throw new Error(`deal.start: ${JSON.stringify(started.error)}`);
    return started.data.id;
  };
  // Warm-up (servers in production are warm: JIT, pooled connections, cached statements), not measured.
  const warm = await startDeal(WARMUP);
  const w = await burst(buyers, warm, { rate: Math.min(RATE, 2000), seconds: (2 * WARMUP) / Math.min(RATE, 2000) });
  await staffSocket.emitWithAck('deal.stop', { dealId: warm });
  log(`warm-up: ${w.results.filter((r) => r.ack?.ok).length} of ${WARMUP} sold`);
  const dealId = await startDeal(STOCK);
  log(`deal ${dealId}: ${STOCK} units, limit ${LIMIT}; burst of ${RATE}/s for ${SECONDS} s`);

  const meter = cpuMeter({ client: process.pid, ...Object.fromEntries(servers.map((s, i) => [`server${i}`, s.pid])) });
  const heard0 = broadcastsReceived(buyers);
  const { results, firedMs, doneMs } = await burst(buyers, dealId, { rate: RATE, seconds: SECONDS });
  const cpuPct = meter.stop();
  const heard = Object.fromEntries(Object.entries(broadcastsReceived(buyers)).map(([k, n]) => [k, n - (heard0[k] ?? 0)]));
  log(`CPU during the burst, % of one core: ${JSON.stringify(cpuPct)}`);
  const ok = results.filter((r) => r.ack?.ok);
  const unanswered = results.filter((r) => !r.ack).length;
  const codes = {};
  for (const r of results) if (r.ack && !r.ack.ok) codes[r.ack.error.code] = (codes[r.ack.error.code] ?? 0) + 1;
  const lastConfirmed = Math.max(...ok.map((r) => r.sent + r.ms));
  log(
    `${results.length} attempts fired in ${round(firedMs)} ms, all answered after ${round(doneMs)} ms: ${ok.length} confirmed, ${unanswered} unanswered, ${JSON.stringify(codes)}`,
  );

  // Checked against MySQL.
  const c = await db.connect();
  const [orders] = await c.query('SELECT id, buyerId, idempotencyKey, quantity, status FROM orders WHERE dealId = ?', [dealId]);
  const [[deal]] = await c.query('SELECT quantity, sold FROM flash_deals WHERE id = ?', [dealId]);
  await c.end();
  const inMysql = new Map(orders.map((o) => [o.id, o]));
  const held = orders.filter((o) => o.status !== 'cancelled' && o.status !== 'expired').reduce((n, o) => n + o.quantity, 0);
  const oversold = Math.max(0, held - deal.quantity, deal.sold - deal.quantity);
  const lost = ok.filter((r) => !inMysql.has(r.ack.data.orderId)).length;
  const answeredIds = new Set(ok.map((r) => r.ack.data.orderId));
  const perBuyer = new Map();
  for (const o of orders) perBuyer.set(o.buyerId, (perBuyer.get(o.buyerId) ?? 0) + o.quantity);
  // Two answers naming one order, or two orders under one (buyer, key) (the unique index forbids it).
  const pairs = new Set(orders.map((o) => `${o.buyerId}|${o.idempotencyKey}`));
  const duplicated = ok.length - answeredIds.size + (orders.length - pairs.size);
  const ordersWithoutAnswer = orders.filter((o) => !answeredIds.has(o.id)).length;
  const limitViolations = [...perBuyer.values()].filter((n) => n > LIMIT).length;

  log(`baseline: ${BASELINE_CONCURRENCY} connections, one transaction per order with SELECT ... FOR UPDATE`);
  const base = await baseline(db, { stock: STOCK, concurrency: BASELINE_CONCURRENCY, seconds: BASELINE_SECONDS });
  log(`baseline: ${base.committed} committed in ${round(base.ms)} ms`);

  const confirmedPerS = ok.length / (lastConfirmed / 1000);
  const figures = {
    servers: SERVERS,
    buyers: BUYERS,
    stock: STOCK,
    offered_rate: RATE,
    attempts: results.length,
    fired_per_s: round(results.length / (firedMs / 1000)),
    attempts_per_s: round(results.length / (doneMs / 1000)),
    confirmed: ok.length,
    confirmed_per_s: round(confirmedPerS),
    p50_ms: pct(
      results.map((r) => r.ms),
      50,
    ),
    p99_ms: pct(
      results.map((r) => r.ms),
      99,
    ),
    confirmed_p99_ms: pct(
      ok.map((r) => r.ms),
      99,
    ),
    unanswered,
    orders_without_answer: ordersWithoutAnswer,
    refusals: codes,
    baseline_confirmed_per_s: round(base.perSecond),
    speedup_vs_baseline: round(confirmedPerS / base.perSecond, 2),
    oversold,
    lost,
    duplicated,
    limit_violations: limitViolations,
    mysql_sold: deal.sold,
    // The bench's own client process (all buyers' sockets) during the burst: near 100 means the client limits the figures.
    client: CLIENT,
    client_cpu_pct: cpuPct.client,
    // Every process during the burst, in % of one core (2 cores: 200 in all).
    cpu_pct: cpuPct,
    // Room broadcasts all buyers received during the burst, by event (wire client).
    broadcasts_received: heard,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} finally {
  if (process.env.BENCH_SHOW_SERVERS) servers.forEach((s, i) => log(`server ${i}:\n${s.output().slice(-6000)}`));
  sockets.forEach((s) => s.close());
  const t = performance.now();
  await Promise.all(servers.map((s) => s.stop()));
  await db.drop().catch((err) => log(`cleanup: ${err.message}`));
  log(`cleaned up in ${round(performance.now() - t)} ms`);
}
