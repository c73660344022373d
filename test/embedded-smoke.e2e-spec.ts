import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpClient } from './support/http';

/** The operator's bearer for /health details (unauthenticated /health says only up or down). */
const SMOKE_METRICS_TOKEN = 'smoke-metrics-token-0123456789';

const entry = join(__dirname, '..', 'dist', 'apps', 'all-in-one', 'src', 'main.js');

/** Starts README command 1's process (built all-in-one, embedded default) and waits for its URL. */
function start(dataDir: string): Promise<{ proc: ChildProcess; url: string; out: () => string }> {
  const proc = spawn(process.execPath, [entry], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: dataDir,
      HTTP_PORT: '0',
      METRICS_TOKEN: SMOKE_METRICS_TOKEN,
      MEDIASOUP_WORKERS: '1',
      LIVEFAIR_CACHE_DIR: process.env.LIVEFAIR_CACHE_DIR ?? '',
      MEDIASOUP_WORKER_BIN: process.env.MEDIASOUP_WORKER_BIN ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed in 30 s:\n${out}`)), 30_000);
    proc.once('exit', (code) => reject(new Error(`exited with ${code}:\n${out}`)));
    const poll = setInterval(() => {
      const m = /Open:\s+(http:\/\/\S+)/.exec(out);
      if (m && /buyer\s+\S+ \/ \S+/.test(out)) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve({ proc, url: m[1], out: () => out });
      }
    }, 50);
  });
}

function stop(proc: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    proc.removeAllListeners('exit');
    proc.once('exit', (code) => resolve(code));
    proc.kill('SIGTERM');
  });
}

describe('embedded default (README command 1, no MariaDB or Redis)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lf-embedded-'));

  it('starts, prints the URL and demo accounts, serves health, UI, login and the demo expo', async () => {
    const { proc, url, out } = await start(dataDir);
    try {
      expect(out()).toMatch(/Demo expo: 4 halls, 32 booths/);
      const http = httpClient(url);
      const health = await http.get('/health', SMOKE_METRICS_TOKEN);
      expect(health.status).toBe(200);
      expect(health.body.info).toMatchObject({
        database: { status: 'up', engine: 'sqljs' },
        queue: { status: 'up', driver: 'in-process' },
        mediasoup: { status: 'up' },
      });
      const page = await fetch(url + '/');
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      // The password is generated per install and printed with the accounts.
      const password = /buyer\s+buyer@demo\.livefair\.cn \/ (\S+)/.exec(out())![1];
      const login = await http.post('/api/auth/login', { email: 'buyer@demo.livefair.cn', password });
      expect(login.status).toBe(200);
      const expos = await http.get('/api/expos');
      expect(expos.body).toHaveLength(1);
      const expo = await http.get(`/api/expos/${expos.body[0].id}`);
      expect(expo.body.halls.length).toBeGreaterThanOrEqual(3);
      expect(expo.body.boothCount).toBeGreaterThanOrEqual(30);
      const booths = await http.get(`/api/halls/${expo.body.halls[0].id}/booths`);
      const booth = await http.get(`/api/booths/${booths.body[0].id}`);
      expect(booth.body.products.length).toBeGreaterThan(0);
      expect(booth.body.products[0].skus.length).toBeGreaterThan(0);
      expect(Number.isInteger(booth.body.products[0].skus[0].retailPriceFen)).toBe(true);
      expect(booth.body.products[0].skus[0].tiers).toHaveLength(3);
      const cover = await fetch(`${url}${booth.body.products[0].images[0].url}`);
      expect([cover.status, cover.headers.get('content-type')]).toEqual([200, 'image/webp']);
      // A write that must survive a restart: a new account.
      const reg = await http.post('/api/auth/register', {
        email: 'smoke@example.cn',
        password: 'smoke-pass-1',
        displayName: '烟测 🚬',
        role: 'buyer',
      });
      expect(reg.status).toBe(201);
    } finally {
      expect(await stop(proc)).toBe(0);
    }
  });

  it('keeps its data across a restart and does not load the demo twice', async () => {
    const { proc, url, out } = await start(dataDir);
    try {
      expect(out()).not.toContain('(just loaded)');
      const http = httpClient(url);
      const login = await http.post('/api/auth/login', { email: 'smoke@example.cn', password: 'smoke-pass-1' });
      expect(login.status).toBe(200);
      expect(login.body.user.displayName).toBe('烟测 🚬');
      const expos = await http.get('/api/expos');
      expect(expos.body).toHaveLength(1);
      expect(expos.body[0].boothCount).toBe(32);
    } finally {
      await stop(proc);
    }
  });
});
