/**
 * npm run bench:embedded — a chat message's write latency on the embedded default as its database
 * grows: p95 of `chat.send` acks (the live socket path, ChatService's write) with 10k and with 200k
 * stored chat messages, for the batched saving (EMBEDDED_SAVE_MS, default 1000) and, in the same
 * run as the baseline, saving before every acknowledged write (EMBEDDED_SAVE_MS=0). Also the
 * server's event-loop delay while chatting and what one save of the 200k database costs. Progress on
 * stdout; the last line is one JSON object of the figures.
 *
 * Knobs (env): BENCH_SMALL_ROWS (10000), BENCH_LARGE_ROWS (200000), BENCH_MESSAGES (240 per run),
 * BENCH_SAVE_MS (1000), BENCH_ROOT (a checkout whose built dist/ is measured, default this one: point
 * it at another worktree's build to measure before a change; the save-cost figures always use this one's).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { cleanupAll, stop, track, trackDir } from '../live/procs.mjs';
import { log, percentile, round, sleep } from '../live/stats.mjs';
import { addChatMessages, countChatMessages, openDatabase, saveDatabase } from './seed.mjs';

const HERE = new URL('.', import.meta.url).pathname;
const OWN_ROOT = new URL('../../', import.meta.url).pathname;
const ROOT = process.env.BENCH_ROOT ?? OWN_ROOT;
const SMALL = Number(process.env.BENCH_SMALL_ROWS ?? 10_000);
const LARGE = Number(process.env.BENCH_LARGE_ROWS ?? 200_000);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 240);
const SAVE_MS = process.env.BENCH_SAVE_MS ?? '1000';
/** Each of the three chatting users sends one message every this many ms (5/s each, under CHAT_MAX_PER_10S=100). */
const SEND_EVERY_MS = 200;

/** The built all-in-one server on `dataDir`; resolves with its URL once it prints it. */
async function startServer(dataDir, saveMs) {
  const entry = join(ROOT, 'dist/apps/all-in-one/src/main.js');
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    HTTP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    MEDIASOUP_WORKERS: '1',
    EMBEDDED_SAVE_MS: saveMs,
    CHAT_MAX_PER_10S: '100',
  };
  const child = track(
    spawn(process.execPath, ['-r', join(HERE, 'loop-delay.cjs'), entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not print "Open:" in 120 s:\n${out}`)), 120_000);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before starting:\n${out}`)));
    const poll = setInterval(() => {
      const m = /Open:\s+(\S+)/.exec(out);
      if (m) {
        clearInterval(poll);
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(m[1]);
      }
    }, 50);
  });
  /** The server's event-loop delay since the previous call (see loop-delay.cjs). */
  const loopDelay = async () => {
    const before = out.length;
    child.kill('SIGUSR2');
    for (let i = 0; i < 100; i++) {
      const m = /LOOP_DELAY (\{.*\})/.exec(out.slice(before));
      if (m) return JSON.parse(m[1]);
      await sleep(20);
    }
    throw new Error('the server printed no LOOP_DELAY line');
  };
  return { child, url, out: () => out, loopDelay, stop: () => stop(child, 60_000) };
}

async function api(url, method, path, body, token) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} -> ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** The demo accounts as the server printed them (`email / password`). */
function demoAccounts(out) {
  const accounts = {};
  for (const m of out.matchAll(/(\w+)@demo\.livefair\.cn \/ (\S+)/g))
    accounts[m[1]] = { email: `${m[1]}@demo.livefair.cn`, password: m[2] };
  if (!accounts.exhibitor || !accounts.buyer || !accounts.organizer) throw new Error(`no demo accounts printed:\n${out}`);
  return accounts;
}

/** A data dir with the demo expo, one live session on the exhibitor's booth, and the server stopped. */
async function prepare() {
  const dataDir = trackDir(mkdtempSync(join(tmpdir(), 'lf-bench-emb-')));
  const server = await startServer(dataDir, '0');
  try {
    const accounts = demoAccounts(server.out());
    const staff = (await api(server.url, 'POST', '/api/auth/login', accounts.exhibitor)).accessToken;
    const [booth] = await api(server.url, 'GET', '/api/my/booths', undefined, staff);
    const session = await api(
      server.url,
      'POST',
      `/api/booths/${booth.id}/live-sessions`,
      { title: '写入延迟 bench', allowAnonymous: true },
      staff,
    );
    return { dataDir, accounts, sessionId: session.id };
  } finally {
    await server.stop();
  }
}

function connect(url, token) {
  const socket = io(`${url}/live`, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function request(socket, event, payload) {
  const ack = await socket.timeout(60_000).emitWithAck(event, payload);
  if (!ack.ok) throw new Error(`${event}: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

/** Three users in the session's room (staff as publisher, two viewers), each chatting at a steady pace; ack latencies in ms. */
async function chatLatencies(server, accounts, sessionId) {
  const who = [accounts.exhibitor, accounts.buyer, accounts.organizer];
  const tokens = [];
  for (const a of who) tokens.push((await api(server.url, 'POST', '/api/auth/login', a)).accessToken);
  const sockets = await Promise.all(tokens.map((t) => connect(server.url, t)));
  try {
    await request(sockets[0], 'room.join', { sessionId, as: 'publisher' });
    for (const s of sockets.slice(1)) await request(s, 'room.join', { sessionId, as: 'viewer' });
    for (const s of sockets) for (let i = 0; i < 3; i++) await request(s, 'chat.send', { text: `热身 ${i}` });
    await server.loopDelay();
    const latencies = [];
    const perUser = Math.ceil(MESSAGES / sockets.length);
    await Promise.all(
      sockets.map(async (s, u) => {
        await sleep((u * SEND_EVERY_MS) / sockets.length);
        for (let i = 0; i < perUser; i++) {
          const started = performance.now();
          await request(s, 'chat.send', { text: `用户${u} 第${i}条：能开发票吗？🧾` });
          const took = performance.now() - started;
          latencies.push(took);
          await sleep(Math.max(0, SEND_EVERY_MS - took));
        }
      }),
    );
    return { latencies, loop: await server.loopDelay() };
  } finally {
    for (const s of sockets) s.close();
  }
}

async function measure(label, templateDir, saveMs, accounts, sessionId) {
  const dataDir = trackDir(mkdtempSync(join(tmpdir(), 'lf-bench-emb-')));
  cpSync(templateDir, dataDir, { recursive: true });
  const server = await startServer(dataDir, saveMs);
  try {
    const { latencies, loop } = await chatLatencies(server, accounts, sessionId);
    const figures = {
      p50: round(percentile(latencies, 50), 2),
      p95: round(percentile(latencies, 95), 2),
      p99: round(percentile(latencies, 99), 2),
      loop,
    };
    log(
      `${label}: EMBEDDED_SAVE_MS=${saveMs}, ${latencies.length} messages: p50 ${figures.p50} ms, p95 ${figures.p95} ms, p99 ${figures.p99} ms; event-loop delay p99 ${loop.p99} ms, max ${loop.max} ms`,
    );
    return figures;
  } finally {
    await server.stop();
  }
}

/** One save of the database as this checkout's EmbeddedSaver does it, and as the old autoSave did (sync export + writeFileSync + rename). */
async function saveCost(file) {
  const { writeFileDurably } = await import(join(OWN_ROOT, 'dist/libs/core/src/database/embedded-saver.js'));
  const db = await openDatabase(file);
  const target = join(trackDir(mkdtempSync(join(tmpdir(), 'lf-bench-emb-save-'))), 'livefair.sqlite');
  const durable = [];
  const exports = [];
  const old = [];
  try {
    for (let i = 0; i < 3; i++) {
      let t = performance.now();
      const data = db.export();
      exports.push(performance.now() - t);
      await writeFileDurably(target, data);
      durable.push(performance.now() - t);
      t = performance.now();
      writeFileSync(`${target}.old.tmp`, db.export());
      renameSync(`${target}.old.tmp`, target);
      old.push(performance.now() - t);
    }
  } finally {
    db.close();
  }
  const median = (v) => round(percentile(v, 50), 1);
  return { export: median(exports), durable: median(durable), old: median(old) };
}

async function main() {
  log(`embedded write latency: ${SMALL} and ${LARGE} stored chat messages, ${MESSAGES} messages per run, server from ${ROOT}`);
  const { dataDir, accounts, sessionId } = await prepare();
  const file = join(dataDir, 'livefair.sqlite');

  const db = await openDatabase(file);
  const small = trackDir(mkdtempSync(join(tmpdir(), 'lf-bench-emb-')));
  const large = trackDir(mkdtempSync(join(tmpdir(), 'lf-bench-emb-')));
  let t = performance.now();
  addChatMessages(db, SMALL, sessionId);
  for (const f of readdirSync(dataDir)) {
    if (f === 'livefair.sqlite') continue;
    copyFileSync(join(dataDir, f), join(small, f));
    copyFileSync(join(dataDir, f), join(large, f));
  }
  saveDatabase(db, join(small, 'livefair.sqlite'));
  addChatMessages(db, LARGE - SMALL, sessionId);
  saveDatabase(db, join(large, 'livefair.sqlite'));
  const rows = countChatMessages(db);
  db.close();
  const mb = statSync(join(large, 'livefair.sqlite')).size / 1e6;
  log(`seeded ${rows} chat messages (${round(mb, 1)} MB) in ${round((performance.now() - t) / 1000, 1)} s`);

  t = performance.now();
  const batched10k = await measure(`${SMALL} stored`, small, SAVE_MS, accounts, sessionId);
  const baseline10k = await measure(`${SMALL} stored`, small, '0', accounts, sessionId);
  const batched200k = await measure(`${LARGE} stored`, large, SAVE_MS, accounts, sessionId);
  const baseline200k = await measure(`${LARGE} stored`, large, '0', accounts, sessionId);
  log(`chat runs took ${round((performance.now() - t) / 1000, 1)} s`);
  const save = await saveCost(join(large, 'livefair.sqlite'));
  log(
    `one save of the ${LARGE}-message database: export ${save.export} ms (holds the event loop), with temp file + fsync + rename ${save.durable} ms; old autoSave (all synchronous) ${save.old} ms`,
  );

  const ratio = (a, b) => (a && b ? round(a / b, 2) : null);
  const figures = {
    save_window_ms: Number(SAVE_MS),
    messages_per_run: MESSAGES,
    db_mb_200k: round(mb, 1),
    chat_p95_ms_10k: batched10k.p95,
    chat_p95_ms_200k: batched200k.p95,
    chat_p95_200k_vs_10k: ratio(batched200k.p95, batched10k.p95),
    baseline_chat_p95_ms_10k: baseline10k.p95,
    baseline_chat_p95_ms_200k: baseline200k.p95,
    baseline_chat_p95_200k_vs_10k: ratio(baseline200k.p95, baseline10k.p95),
    chat_p95_200k_vs_baseline: ratio(batched200k.p95, baseline200k.p95),
    chat_p99_ms_10k: batched10k.p99,
    chat_p99_ms_200k: batched200k.p99,
    loop_delay_max_ms_10k: batched10k.loop.max,
    loop_delay_max_ms_200k: batched200k.loop.max,
    baseline_loop_delay_max_ms_200k: baseline200k.loop.max,
    save_ms_200k: save.durable,
    save_export_ms_200k: save.export,
    old_autosave_ms_200k: save.old,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main()
  .catch((err) => {
    process.stderr.write(`bench failed: ${err.stack ?? err}\n`);
    process.exitCode = 1;
  })
  .finally(() => cleanupAll());
