import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { track, trackDir, stop } from './procs.mjs';
import { workerPids } from './cpu.mjs';
import { sleep } from './stats.mjs';

/**
 * The demo accounts' password for every server this bench starts (spawned, or in the forked ramp
 * process, which inherits the environment): one per bench run.
 */
export const PASSWORD = (process.env.DEMO_PASSWORD ??= `bench-${randomBytes(9).toString('base64url')}`);

/** A free loopback port, for the bench viewer page: the server must name its origin (CORS_ORIGINS) before it exists. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
export const BENCH_PAGE_PORT = Number((process.env.BENCH_PAGE_PORT ??= String(await freePort())));

// Settings every bench server shares, in this process's environment so the spawned servers and the forked
// ramp (whose server runs in its own process) all get them:
Object.assign(process.env, {
  // The bench viewer page is served from its own origin (browser.mjs).
  CORS_ORIGINS: `http://127.0.0.1:${BENCH_PAGE_PORT}`,
  // Every bench viewer is one user on one address: per-user and per-IP limits lifted (they still run on every event).
  LIVE_USER_EVENT_RATE: '100000:100000',
  LIVE_IP_EVENT_RATE: '100000:100000',
  LIVE_MAX_SOCKETS_PER_USER: '100000',
  LIVE_MAX_SOCKETS_PER_IP: '100000',
});
const ROOT = new URL('../../', import.meta.url).pathname;

/** Spawns a server process and waits for its `Open: <url>` line; finds its one mediasoup-worker child. */
async function spawnServer(args, env) {
  const child = track(
    spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  let out = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.at(-1)} did not print "Open:" in 60 s:\n${out}`)), 60_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Open:\s+(\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr.on('data', (d) => (out += d));
    child.once('exit', (code) => reject(new Error(`${args.at(-1)} exited (${code}) before starting:\n${out}`)));
  });
  child.stderr.on('data', (d) => /error|fatal/i.test(String(d)) && process.stderr.write(`[server] ${d}`));
  let workers = [];
  for (let i = 0; i < 50 && workers.length === 0; i++) {
    workers = workerPids(child.pid);
    await sleep(100);
  }
  if (workers.length !== 1) throw new Error(`expected one mediasoup-worker child of ${args.at(-1)}, found ${workers.length}`);
  const workerBin = readlinkSync(`/proc/${workers[0]}/exe`);
  return { url, out: () => out, child, pid: child.pid, workerPid: workers[0], workerBin, stop: () => stop(child, 10_000) };
}

/**
 * BENCH_PROFILE_DIR: the project's server and the bare script write V8 CPU profiles there (open them in
 * Chrome DevTools, or read the join window out of them with profile-window.mjs).
 */
const profileArgs = () =>
  process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];

/** The built all-in-one server (npm run build:server) with an embedded database in a temp dir. */
export function startServer() {
  const dataDir = trackDir(mkdtempSync(join(tmpdir(), 'lf-bench-')));
  return spawnServer([...profileArgs(), 'dist/apps/all-in-one/src/main.js'], {
    DATA_DIR: dataDir,
    HTTP_PORT: '0',
    MEDIASOUP_WORKERS: '1',
  });
}

/** bare-sfu.mjs on the given worker binary; `ingest` is where ffmpeg sends. */
export async function startBare(workerBin) {
  const s = await spawnServer([...profileArgs(), new URL('./bare-sfu.mjs', import.meta.url).pathname], {
    MEDIASOUP_WORKER_BIN: workerBin,
  });
  for (let i = 0; i < 50 && !/Ingest: .*\n/.test(s.out()); i++) await sleep(50);
  return { ...s, ingest: JSON.parse(/Ingest: (.*)\n/.exec(s.out())[1]) };
}

export async function api(url, method, path, body, token) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} -> ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

export const login = async (url, email) => (await api(url, 'POST', '/api/auth/login', { email, password: PASSWORD })).accessToken;

/** A new live session on the exhibitor's `boothIndex`th booth, with its stream key and a buyer's token. */
export async function openSession(url, boothIndex = 0) {
  const staff = await login(url, 'exhibitor@demo.livefair.cn');
  const buyer = await login(url, 'buyer@demo.livefair.cn');
  const booths = await api(url, 'GET', '/api/my/booths', undefined, staff);
  const booth = booths[boothIndex % booths.length];
  const session = await api(
    url,
    'POST',
    `/api/booths/${booth.id}/live-sessions`,
    { title: 'bench 直播', allowAnonymous: true },
    staff,
  );
  const { streamKey } = await api(url, 'GET', `/api/live-sessions/${session.id}/ingest`, undefined, staff);
  return { sessionId: session.id, staff, buyer, streamKey };
}

/** A live session with its RTP ingest opened; `ingest` is what ffmpeg needs. */
export async function openBroadcast(url, boothIndex = 0) {
  const s = await openSession(url, boothIndex);
  const ingest = await api(url, 'POST', `/ingest/rtp/${s.sessionId}`, { video: 'vp8', audio: true }, s.streamKey);
  return { ...s, ingest };
}
