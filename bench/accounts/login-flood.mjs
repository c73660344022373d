// Login flood: does a burst of wrong-password logins stall the server for everyone else?
//
// Starts the built all-in-one server (embedded default, demo data) and measures the latency of
// `GET /health` and of a socket.io ack (`session.whoami` on /live) while idle, then while 300
// wrong-password logins for the demo buyer run from 20 keep-alive connections. Run twice: with
// the default limits (most of the flood is answered 429) and with the login limits lifted, which
// shows what the password hashing alone costs the event loop.
//
// Knobs (environment): BENCH_SERVER_ROOT (a folder with another build, e.g. an export of main,
// to compare against; default this repository), BENCH_LOGINS (300), BENCH_CONNECTIONS (20).
// Progress goes to stderr; the last stdout line is one JSON object of the figures.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';

const ROOT = process.env.BENCH_SERVER_ROOT ?? new URL('../../', import.meta.url).pathname;
const LOGINS = Number(process.env.BENCH_LOGINS ?? 300);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const PROBE_EVERY_MS = 25;
const IDLE_MS = 3000;
const log = (line) => process.stderr.write(`${line}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function p95(samples) {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] * 10) / 10;
}

async function startServer(extraEnv) {
  const dataDir = mkdtempSync(join(tmpdir(), 'lf-bench-accounts-'));
  const child = spawn(process.execPath, ['dist/apps/all-in-one/src/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      HTTP_PORT: '0',
      HTTP_HOST: '127.0.0.1',
      MEDIASOUP_WORKERS: '1',
      LOG_LEVEL: 'error',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server printed no URL in 60 s:\n${out}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${out}`)));
    const poll = setInterval(() => {
      const m = /Open:\s+(http:\/\/\S+)/.exec(out);
      if (m && /buyer\s+\S+ \/ \S+/.test(out)) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(m[1]);
      }
    }, 50);
  });
  const buyer = /buyer\s+(\S+) \/ \S+/.exec(out)[1];
  return {
    url,
    buyer,
    async stop() {
      child.removeAllListeners('exit');
      await new Promise((r) => (child.once('exit', r), child.kill('SIGTERM')));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function httpCall(agent, url, method, path, body) {
  const u = new URL(path, url);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method,
        agent,
        headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Probes /health and the socket ack every PROBE_EVERY_MS until `stop()`; returns the latencies. */
function probe(url, socket) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const health = [];
  const ack = [];
  let running = true;
  const loop = async (samples, once) => {
    while (running) {
      const t0 = performance.now();
      await once();
      samples.push(performance.now() - t0);
      await sleep(PROBE_EVERY_MS);
    }
  };
  const done = Promise.all([
    loop(health, () => httpCall(agent, url, 'GET', '/health')),
    loop(ack, () => socket.timeout(30_000).emitWithAck('session.whoami', {})),
  ]);
  return {
    async stop() {
      running = false;
      await done;
      agent.destroy();
      return { health, ack };
    },
  };
}

async function flood(url, email) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const statuses = new Map();
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < LOGINS) {
        next++;
        const status = await httpCall(agent, url, 'POST', '/api/auth/login', { email, password: 'wrong-password-123' });
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  agent.destroy();
  return { statuses: Object.fromEntries(statuses), ms: Math.round(performance.now() - t0) };
}

async function measure(label, env) {
  const server = await startServer(env);
  const socket = io(`${server.url}/live`, { transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise((resolve, reject) => (socket.once('connect', resolve), socket.once('connect_error', reject)));
  try {
    const idle = probe(server.url, socket);
    await sleep(IDLE_MS);
    const idleSamples = await idle.stop();
    const during = probe(server.url, socket);
    const result = await flood(server.url, server.buyer);
    const floodSamples = await during.stop();
    log(
      `${label}: ${LOGINS} logins in ${result.ms} ms, statuses ${JSON.stringify(result.statuses)}; ${floodSamples.health.length} health / ${floodSamples.ack.length} ack probes during`,
    );
    return {
      health_p95_ms_idle: p95(idleSamples.health),
      health_p95_ms_flood: p95(floodSamples.health),
      ack_p95_ms_idle: p95(idleSamples.ack),
      ack_p95_ms_flood: p95(floodSamples.ack),
      rate_limited: result.statuses[429] ?? 0,
      flood_ms: result.ms,
    };
  } finally {
    socket.close();
    await server.stop();
  }
}

const limited = await measure('default limits', {});
const unlimited = await measure('login limits lifted', {
  AUTH_LOGIN_MAX_PER_IP: '1000000',
  AUTH_LOGIN_MAX_PER_ACCOUNT: '1000000',
});
const figures = { server_root: ROOT, logins: LOGINS, connections: CONNECTIONS, ...limited };
for (const [k, v] of Object.entries(unlimited)) figures[`${k}_unlimited`] = v;
process.stdout.write(`${JSON.stringify(figures)}\n`);
