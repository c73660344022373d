// npm run bench:import — a 50,000-row export catalog (XLSX, then the same as CSV) through the real
// import job of a built all-in-one process on MariaDB + Redis, with an HTTP probe running beside it,
// against a baseline that reads the whole workbook into memory and inserts row by row.
// Last stdout line: one JSON object. BENCH_IMPORT_ROWS changes the size.
// peak_rss_mb is the server's RSS (both threads: a run reads its file in a worker thread with a bounded
// heap); peak_rss_above_idle_mb against the same process before the imports. Before the worker thread,
// the peak was dead exceljs objects promoted into the main heap's old generation between two full
// collections (--trace-gc: 82 MB live, 329 MB of heap before the collection), not data the import held.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baselineImport } from './baseline.mjs';
import { writeCsv, writeXlsx } from './files.mjs';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);
process.env.CATALOG_MAX_PRODUCTS = String(ROWS * 3 + 100);
process.env.IMPORT_MAX_ROWS = String(Math.max(ROWS, 50_000));
process.env.IMPORT_MAX_MB = '50';
const { createDatabase, startServer } = await import('../orders/servers.mjs');

const log = (...a) => console.error('[bench:import]', ...a);
const dir = mkdtempSync(join(tmpdir(), 'lf-bench-import-'));

async function call(url, method, path, body, token) {
  const res = await fetch(url + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json();
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`);
  return data;
}

async function exhibitor(url, tag) {
  const r = await call(url, 'POST', '/api/auth/register', {
    email: `bench-${tag}-${Date.now()}@example.cn`,
    password: 'bench-import-pass-1',
    displayName: '压测展商',
    role: 'exhibitor',
    enterpriseName: `压测工厂 ${tag}`,
  });
  return { token: r.accessToken, enterpriseId: r.user.enterpriseId };
}

const rssMb = (pid) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
};

const p95 = (xs) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
};

/** One file through upload, mapping, run; with the probe and RSS sampled until the run ends. */
async function importThroughJob(server, token, path, name) {
  const form = new FormData();
  form.append('file', new Blob([readFileSync(path)]), name);
  const upRes = await fetch(`${server.url}/api/my/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const up = await upRes.json();
  if (upRes.status !== 201) throw new Error(`upload ${name}: ${upRes.status} ${JSON.stringify(up)}`);
  await call(server.url, 'PUT', `/api/my/imports/${up.id}/mapping`, { mapping: up.guessedMapping }, token);
  const latencies = [];
  let peak = rssMb(server.pid);
  let running = true;
  const probe = (async () => {
    while (running) {
      const t0 = performance.now();
      await fetch(`${server.url}/api/expos`).then((r) => r.arrayBuffer());
      latencies.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid))), 100);
  const started = performance.now();
  await call(server.url, 'POST', `/api/my/imports/${up.id}/run`, { mode: 'good-rows' }, token);
  let view;
  for (;;) {
    view = await call(server.url, 'GET', `/api/my/imports/${up.id}`, undefined, token);
    if (['done', 'failed', 'cancelled'].includes(view.status)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const seconds = (performance.now() - started) / 1000;
  running = false;
  clearInterval(sampler);
  await probe;
  if (view.status !== 'done') throw new Error(`${name}: ${view.status} ${view.failure}`);
  log(
    `${name}: ${view.created} created, ${view.bad} bad in ${seconds.toFixed(1)} s; probe p95 ${p95(latencies)?.toFixed(1)} ms (${latencies.length} requests)`,
  );
  return { rows: view.created + view.updated, seconds, latencies, peak };
}

const db = await createDatabase();
let server;
try {
  log(`writing ${ROWS} rows as XLSX and CSV`);
  const xlsx = join(dir, 'catalog.xlsx');
  const csv = join(dir, 'catalog.csv');
  await writeXlsx(xlsx, ROWS);
  await writeCsv(csv, ROWS);
  server = await startServer(db);
  const a = await exhibitor(server.url, 'xlsx');
  const b = await exhibitor(server.url, 'csv');
  const c = await exhibitor(server.url, 'baseline');
  await new Promise((r) => setTimeout(r, 2000));
  const idle = rssMb(server.pid);
  // The same probe with nothing importing: what the machine gives without the import.
  const idleLatencies = [];
  for (const until = performance.now() + 3000; performance.now() < until;) {
    const t0 = performance.now();
    await fetch(`${server.url}/api/expos`).then((r) => r.arrayBuffer());
    idleLatencies.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 25));
  }
  const x = await importThroughJob(server, a.token, xlsx, 'catalog.xlsx');
  const y = await importThroughJob(server, b.token, csv, 'catalog.csv');
  log('baseline: whole workbook in memory, one INSERT per row');
  const base = await baselineImport(xlsx, db, c.enterpriseId);
  log(`baseline: ${base.rows} rows in ${base.seconds.toFixed(1)} s`);
  const result = {
    rows: x.rows,
    rows_per_s: Math.round(x.rows / x.seconds),
    csv_rows: y.rows,
    csv_rows_per_s: Math.round(y.rows / y.seconds),
    idle_rss_mb: Math.round(idle),
    peak_rss_mb: Math.round(Math.max(x.peak, y.peak)),
    peak_rss_above_idle_mb: Math.round(Math.max(x.peak, y.peak) - idle),
    http_p95_ms_during_import: Number(p95([...x.latencies, ...y.latencies]).toFixed(1)),
    http_p95_ms_idle: Number(p95(idleLatencies).toFixed(1)),
    baseline_rows_per_s: Math.round(base.rows / base.seconds),
  };
  console.log(JSON.stringify(result));
} finally {
  await server?.stop();
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
}
