import { LiveSessionService } from '@livefair/live';
import type { SkuView } from '@livefair/protocol';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sign } from 'jsonwebtoken';
import { startAllInOne } from '../../apps/all-in-one/src/start-all-in-one';
import { httpClient } from './http';
import { createSession, demoLogins, DemoLogins } from './live-fixture';
import { TEST_REDIS_URL } from './services';
import { productionTestConfig, TEST_JWT_SECRET } from './test-config';
import { createTestDatabase, TestDatabase } from './test-database';

const ROOT = join(__dirname, '..', '..');

/** A database with the demo expo, a live session of the demo exhibitor and one of its SKUs, for spawned processes. */
export interface DealWorld extends DemoLogins {
  db: TestDatabase;
  prefix: string;
  redisUrl: string;
  sessionId: string;
  sku: SkuView;
}

export async function prepareDealWorld(tag: string, redisUrl = TEST_REDIS_URL): Promise<DealWorld> {
  if (!existsSync(join(ROOT, 'dist/apps/all-in-one/src/main.js'))) throw new Error('run `npm run build:server` first');
  const db = await createTestDatabase(tag);
  const prefix = `lft-${randomBytes(4).toString('hex')}`;
  const config = productionTestConfig(db.url, { DEMO_DATA: 'true', REDIS_URL: redisUrl, QUEUE_PREFIX: prefix });
  const { app, url } = await startAllInOne(config, 0, false);
  try {
    const demo = await demoLogins({ url, config });
    const sessionId = await createSession(url, demo.staff, demo.boothId, { title: '工厂直播秒杀' });
    await app.get(LiveSessionService).markLive(sessionId);
    const booth = (await httpClient(url).get(`/api/booths/${demo.boothId}`)).body;
    const sku = (booth.products as { skus: SkuView[] }[]).flatMap((p) => p.skus).sort((a, b) => b.stock - a.stock)[0];
    return { ...demo, db, prefix, redisUrl, sessionId, sku };
  } finally {
    await app.close();
  }
}

export interface ServerProcess {
  name: string;
  url: string;
  child: ChildProcess;
  output(): string;
  /** kill -9. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

const exited = (c: ChildProcess) => c.exitCode !== null || c.signalCode !== null;

/** Every process spawned here, killed if the test process exits without stopping them (a timeout, an error). */
const spawned = new Set<ChildProcess>();
process.once('exit', () => spawned.forEach((c) => exited(c) || c.kill('SIGKILL')));

/** Spawns a built process of the deployment (all-in-one, api, live or worker) on a free port and waits until it serves. */
export async function spawnServer(
  kind: 'all-in-one' | 'api' | 'live' | 'worker',
  name: string,
  world: DealWorld,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), `lf-${name}-`));
  const port = kind === 'all-in-one' ? 0 : await freePort();
  const child = spawn(process.execPath, [`dist/apps/${kind}/src/main.js`], {
    cwd: ROOT,
    env: {
      ...process.env,
      LIVEFAIR_MODE: 'production',
      DATABASE_URL: world.db.url,
      REDIS_URL: world.redisUrl,
      QUEUE_PREFIX: world.prefix,
      JWT_SECRET: TEST_JWT_SECRET,
      DEMO_DATA: 'false',
      DATA_DIR: dataDir,
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: String(port),
      MEDIASOUP_WORKERS: '1',
      LOG_LEVEL: 'warn',
      ORDERS_DEAL_BUY_RATE: '1000:1000',
      ORDERS_DEAL_SWEEP_SECONDS: '1',
      LIVE_USER_EVENT_RATE: '100000:100000',
      LIVE_MAX_SOCKETS_PER_IP: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  spawned.add(child);
  child.once('exit', () => spawned.delete(child));
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  let early: ((code: number | null) => void) | null = null;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 60 s:\n${out}`)), 60_000);
    child.once('exit', (early = (code) => reject(new Error(`${name} exited (${code}):\n${out}`))));
    const poll = setInterval(async () => {
      const m = kind === 'all-in-one' ? /Open:\s+(\S+)/.exec(out) : [null, `http://127.0.0.1:${port}`];
      if (!m) return;
      const up = await fetch(`${m[1]}/health`).then(
        (r) => r.status < 500,
        () => false,
      );
      if (!up) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve(m[1]!);
    }, 100);
  });
  child.off('exit', early!);
  const gone = () => new Promise<void>((resolve) => (exited(child) ? resolve() : child.once('exit', () => resolve())));
  const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
  return {
    name,
    url,
    child,
    output: () => out,
    async kill() {
      if (!exited(child)) child.kill('SIGKILL');
      await gone();
      cleanup();
    },
    async stop() {
      if (!exited(child)) {
        const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.kill('SIGTERM');
        await gone();
        clearTimeout(force);
      }
      cleanup();
    },
  };
}

/** Tokens of buyers with no account row (the processes verify the signature; orders keep id and name). */
export function buyerTokens(n: number): { id: string; token: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const id = randomUUID();
    const token = sign(
      { sub: id, role: 'buyer', ent: null, name: i % 2 ? `Buyer ${i}` : `买家${i}`, ims: Date.now() },
      TEST_JWT_SECRET,
      {
        algorithm: 'HS256',
        expiresIn: '2h',
      },
    );
    return { id, token };
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A TCP proxy in front of MariaDB that a test can cut (every connection dropped, new ones refused) and restore. */
export class CuttableProxy {
  private server: Server | null = null;
  private readonly pairs = new Set<Socket>();
  private down = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((client) => {
      if (this.down) return client.destroy();
      const upstream = new Socket();
      upstream.connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.pairs.add(s);
        s.on('close', () => this.pairs.delete(s));
        s.on('error', () => (client.destroy(), upstream.destroy()));
      }
      client.pipe(upstream);
      upstream.pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  cut(): void {
    this.down = true;
    for (const s of this.pairs) s.destroy();
  }

  restore(): void {
    this.down = false;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** A Redis server of the test's own (nothing on disk), so restarting it touches no one else's. */
export class OwnRedis {
  private child: ChildProcess | null = null;
  port = 0;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.port ||= await freePort();
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--save', '', '--appendonly', 'no', '--bind', '127.0.0.1'],
      {
        stdio: 'ignore',
      },
    );
    spawned.add(child);
    child.once('exit', () => spawned.delete(child));
    this.child = child;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const ok = await new Promise<boolean>((resolve) => {
        const s = new Socket();
        s.once('connect', () => (s.destroy(), resolve(true)));
        s.once('error', () => resolve(false));
        s.connect(this.port, '127.0.0.1');
      });
      if (ok) return;
      if (Date.now() > deadline || exited(child)) throw new Error(`redis-server on ${this.port} did not start`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** kill -9: everything it held is gone (it keeps nothing on disk). */
  async kill(): Promise<void> {
    const c = this.child;
    if (!c || exited(c)) return;
    await new Promise<void>((resolve) => (c.once('exit', () => resolve()), c.kill('SIGKILL')));
  }

  async restart(): Promise<void> {
    await this.kill();
    await this.start();
  }
}

/** The orders of a deal, straight from MariaDB. */
export async function dealOrdersOf(world: DealWorld, dealId: string) {
  const { createConnection } = await import('mysql2/promise');
  const conn = await createConnection({ uri: world.db.url.replace(/^mariadb:/, 'mysql:') });
  try {
    const [orders] = await conn.query('SELECT id, buyerId, idempotencyKey, quantity, status FROM orders WHERE dealId = ?', [
      dealId,
    ]);
    const [[deal]] = (await conn.query('SELECT quantity, sold, returnedToSku, status FROM flash_deals WHERE id = ?', [
      dealId,
    ])) as never as [Record<string, number | string>[]];
    const [[sku]] = (await conn.query('SELECT stock FROM skus WHERE id = ?', [world.sku.id])) as never as [
      Record<string, number>[],
    ];
    return {
      orders: orders as { id: string; buyerId: string; idempotencyKey: string; quantity: number; status: string }[],
      deal: {
        quantity: Number(deal.quantity),
        sold: Number(deal.sold),
        returnedToSku: Number(deal.returnedToSku),
        status: String(deal.status),
      },
      skuStock: Number(sku.stock),
    };
  } finally {
    await conn.end();
  }
}
