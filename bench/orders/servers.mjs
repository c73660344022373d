// Servers and data for the flash-deal bench: a MariaDB database of its own, the built all-in-one
// processes in production mode on it and on Redis (a key prefix of its own), the demo expo loaded
// by the first one, a live session and a SKU with plenty of stock.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { createConnection } from 'mysql2/promise';

const ROOT = new URL('../../', import.meta.url).pathname;
export const MYSQL_URL = (process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/+$/, '');
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const JWT_SECRET = `bench-${randomBytes(24).toString('hex')}`;
const PASSWORD = `bench-${randomBytes(9).toString('base64url')}`;
const children = new Set();
process.once('exit', () => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));

export async function createDatabase() {
  const name = `bench_orders_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection({ uri: MYSQL_URL });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const prefix = `lfb-${randomBytes(4).toString('hex')}`;
  return {
    name,
    prefix,
    url: `${MYSQL_URL.replace(/^mysql:/, 'mariadb:')}/${name}`,
    connect: () => createConnection({ uri: `${MYSQL_URL}/${name}` }),
    async drop() {
      const c = await createConnection({ uri: MYSQL_URL });
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
      const r = new Redis(REDIS_URL);
      let cursor = '0';
      do {
        const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        if (keys.length) await r.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      r.disconnect();
    },
  };
}

/** A TCP port free on 127.0.0.1 right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * One built process of the deployment (production mode): the all-in-one by default, or `app`
 * (`api`, `worker`, `live`) on a port of its own; resolves with its URL once it serves.
 */
export async function startServer(db, { demo = false, app = 'all-in-one' } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'lf-bench-orders-'));
  const port = app === 'all-in-one' ? 0 : await freePort();
  // BENCH_PROFILE_DIR: a V8 CPU profile of each server there (open it in Chrome DevTools).
  const prof = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...prof, `dist/apps/${app}/src/main.js`], {
    cwd: ROOT,
    env: {
      ...process.env,
      LIVEFAIR_MODE: 'production',
      DATABASE_URL: db.url,
      REDIS_URL,
      QUEUE_PREFIX: db.prefix,
      JWT_SECRET,
      DEMO_DATA: demo ? 'true' : 'false',
      DEMO_PASSWORD: PASSWORD,
      DATA_DIR: dataDir,
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: String(port),
      MEDIASOUP_WORKERS: '1',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'error',
      // Every bench buyer comes from 127.0.0.1; per-user limits still run on every event.
      LIVE_MAX_SOCKETS_PER_IP: '1000000',
      ORDERS_DEAL_BUY_RATE: '1000:1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${out}`)), 90_000);
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${out}`)));
    // The all-in-one prints its URL; the other processes log at LOG_LEVEL only, so their /health is asked.
    let asking = false;
    const poll = setInterval(async () => {
      let url = /Open:\s+(\S+)/.exec(out)?.[1];
      if (!url && port && !asking) {
        asking = true;
        url = await fetch(`http://127.0.0.1:${port}/health`).then(
          (r) => (r.ok ? `http://127.0.0.1:${port}` : undefined),
          () => undefined,
        );
        asking = false;
      }
      if (!url) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve(url);
    }, 50);
  });
  child.removeAllListeners('exit');
  return {
    url,
    pid: child.pid,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        await new Promise((r) => {
          const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
          child.once('exit', () => (clearTimeout(t), r()));
          child.kill('SIGTERM');
        });
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function api(url, method, path, body, token) {
  const res = await fetch(url + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json();
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`);
  return data;
}

/** The demo exhibitor's token, a live session of its booth and its SKU, stocked for the bench. */
export async function stage(url, db, stock) {
  const login = await api(url, 'POST', '/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: PASSWORD });
  const [booth] = await api(url, 'GET', '/api/my/booths', undefined, login.accessToken);
  const session = await api(url, 'POST', `/api/booths/${booth.id}/live-sessions`, { title: '秒杀压测' }, login.accessToken);
  const detail = await api(url, 'GET', `/api/booths/${booth.id}`);
  const sku = detail.products.flatMap((p) => p.skus)[0];
  const c = await db.connect();
  // As the first media would make it live; the bench needs no broadcast.
  await c.query("UPDATE live_sessions SET status = 'live', startedAt = UTC_TIMESTAMP(6) WHERE id = ?", [session.id]);
  await c.query('UPDATE skus SET stock = ?, priceFen = GREATEST(priceFen, 100) WHERE id = ?', [stock, sku.id]);
  await c.end();
  return { staff: login.accessToken, sessionId: session.id, skuId: sku.id };
}
