import { AppConfig, loadConfig, TokenService } from '@livefair/core';
import { LiveSessionService } from '@livefair/live';
import type { SkuView } from '@livefair/protocol';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startAllInOne } from '../../apps/all-in-one/src/start-all-in-one';
import { httpClient } from './http';
import { createSession, demoLogins, DemoLogins } from './live-fixture';
import { dropRedisPrefix } from './redis-cleanup';
import { TestApp } from './test-app';
import { productionTestConfig } from './test-config';
import { createTestDatabase } from './test-database';

export type DealSettings = Partial<AppConfig['deals']>;

/** Flash-deal settings for tests: short pay time and sweeps, buy limits out of the way. */
export const FAST_DEALS: DealSettings = { payMs: 60_000, sweepMs: 500, buyRate: { perSecond: 1000, burst: 1000 } };

/** The all-in-one process with demo data on MariaDB + Redis, or on the embedded engine, with `deals` settings. */
export async function startDealApp(
  engine: 'production' | 'embedded',
  tag: string,
  deals: DealSettings = FAST_DEALS,
): Promise<TestApp> {
  if (engine === 'production') {
    const db = await createTestDatabase(tag);
    const base = productionTestConfig(db.url, { DEMO_DATA: 'true' });
    const config = { ...base, deals: { ...base.deals, ...deals } };
    const { app, url } = await startAllInOne(config, 0, false);
    return {
      app,
      url,
      config,
      db,
      async close() {
        await app.close();
        await db.drop();
        await dropRedisPrefix(config.queue.prefix);
      },
    };
  }
  const base = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-deal-')),
    LOG_LEVEL: 'warn',
    MEDIASOUP_WORKERS: '1',
    DEMO_DATA: 'true',
  });
  const config = { ...base, deals: { ...base.deals, ...deals } };
  const { app, url } = await startAllInOne(config, 0, false);
  return { app, url, config, db: null, close: () => app.close() };
}

export interface DealStage extends DemoLogins {
  sessionId: string;
  /** A SKU of the demo exhibitor's catalog with plenty of stock. */
  sku: SkuView;
  enterpriseId: string;
}

/** A live session of the demo exhibitor's booth (marked live as the first media would) and one of its SKUs. */
export async function dealStage(t: TestApp, title = '限时秒杀专场'): Promise<DealStage> {
  const demo = await demoLogins(t);
  const sessionId = await createSession(t.url, demo.staff, demo.boothId, { title });
  await t.app.get(LiveSessionService).markLive(sessionId);
  const booth = (await httpClient(t.url).get(`/api/booths/${demo.boothId}`)).body;
  const skus: SkuView[] = booth.products.flatMap((p: { skus: SkuView[] }) => p.skus);
  const sku = skus.sort((a, b) => b.stock - a.stock)[0];
  return { ...demo, sessionId, sku, enterpriseId: booth.enterprise.id };
}

/** A token for a buyer who needs no account row (orders keep the buyer's id and name). */
export function buyerToken(t: TestApp, displayName = '王小明', userId = randomUUID()): { token: string; id: string } {
  return { token: t.app.get(TokenService).sign({ userId, role: 'buyer', enterpriseId: null, displayName }), id: userId };
}

export async function skuStock(t: TestApp, skuId: string): Promise<number> {
  const [row] = await t.app.get(DataSource).query('SELECT stock FROM skus WHERE id = ?', [skuId]);
  return Number(row.stock);
}

export async function dealRow(
  t: TestApp,
  dealId: string,
): Promise<{ sold: number; returnedToSku: number; status: string; quantity: number }> {
  const [row] = await t.app
    .get(DataSource)
    .query('SELECT sold, returnedToSku, status, quantity FROM flash_deals WHERE id = ?', [dealId]);
  return { sold: Number(row.sold), returnedToSku: Number(row.returnedToSku), status: row.status, quantity: Number(row.quantity) };
}

export async function dealOrders(
  t: TestApp,
  dealId: string,
): Promise<{ id: string; buyerId: string; idempotencyKey: string; quantity: number; status: string }[]> {
  const rows = await t.app
    .get(DataSource)
    .query('SELECT id, buyerId, idempotencyKey, quantity, status FROM orders WHERE dealId = ?', [dealId]);
  return rows.map((r: Record<string, unknown>) => ({ ...r, quantity: Number(r.quantity) }));
}

/** POST with an Idempotency-Key (test/support/http.ts sends no custom headers). */
export async function postWithKey(url: string, path: string, body: unknown, token: string, key?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  if (key !== undefined) headers['idempotency-key'] = key;
  const res = await fetch(url + path, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
}

export const newKey = () => `k-${randomUUID()}`;
