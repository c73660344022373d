import { AppConfig, loadConfig } from '@livefair/core';
import type { BoothDetail, NotificationView, ProductView, RfqThreadView } from '@livefair/protocol';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAllInOne } from '../../apps/all-in-one/src/start-all-in-one';
import { httpClient, HttpResult } from './http';
import { demoPassword, startProductionApp, TestApp } from './test-app';

/** The engines the quotation suites run on: MariaDB + Redis, and the embedded default. */
export const QUOTE_ENGINES: [string, () => Promise<TestApp>][] = [
  [
    'MariaDB + Redis',
    () => startProductionApp('quotes', { DEMO_DATA: 'true', LOG_LEVEL: 'error', WEBHOOK_ALLOW_PRIVATE: 'true' }),
  ],
  [
    'the embedded engine',
    async () => {
      const config: AppConfig = loadConfig({
        DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-quotes-')),
        LOG_LEVEL: 'error',
        MEDIASOUP_WORKERS: '1',
        DEMO_DATA: 'true',
        // The tests' webhook receiver listens on 127.0.0.1.
        WEBHOOK_ALLOW_PRIVATE: 'true',
      });
      const { app, url } = await startAllInOne(config, 0, false);
      return { app, url, config, db: null, close: () => app.close() };
    },
  ],
];

export interface Who {
  token: string;
  userId: string;
  name: string;
}

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
export const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The demo buyer and exhibitor, the exhibitor's booth and a product of it, a product of another
 * enterprise, and typed calls for the quotation API (real HTTP).
 */
export async function quotesWorld(t: TestApp) {
  const http = httpClient(t.url);
  const login = async (email: string): Promise<Who> => {
    const res = await http.post('/api/auth/login', { email, password: demoPassword(t) });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
    return { token: res.body.accessToken, userId: res.body.user.id, name: res.body.user.displayName };
  };
  const register = async (role: 'buyer' | 'exhibitor', displayName: string): Promise<Who & { enterpriseId: string | null }> => {
    const res = await http.post('/api/auth/register', {
      email: `${role}-${randomUUID().slice(0, 8)}@example.cn`,
      password: 'correct horse 1',
      displayName,
      role,
      ...(role === 'exhibitor' ? { enterpriseName: `${displayName}的工厂` } : {}),
    });
    if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
    return { token: res.body.accessToken, userId: res.body.user.id, name: displayName, enterpriseId: res.body.user.enterpriseId };
  };
  const buyer = await login('buyer@demo.livefair.cn');
  const exhibitor = await login('exhibitor@demo.livefair.cn');
  const organizer = await login('organizer@demo.livefair.cn');
  const myBooths = await http.get('/api/my/booths', exhibitor.token);
  const booth: BoothDetail = (await http.get(`/api/booths/${myBooths.body[0].id}`)).body;
  const product: ProductView = booth.products[0];
  const expo = (await http.get(`/api/expos/${booth.expoId}`)).body;
  const otherBooth: BoothDetail = (
    await http.get(`/api/booths/${(await http.get(`/api/halls/${expo.halls[1].id}/booths`)).body[0].id}`)
  ).body;

  const rfqBody = (over: Record<string, unknown> = {}) => ({
    productId: product.id,
    boothId: booth.id,
    quantity: 2345,
    targetUnitPriceFen: 1700,
    deadline: inDays(7),
    deliveryProvince: '浙江',
    requirements: '200 克精梳棉，领口加固，每件独立包装',
    message: '您好，想要一批内销款，能否报个价？',
    ...over,
  });
  const quoteBody = (over: Record<string, unknown> = {}) => ({
    unitPriceFen: 1799,
    skuId: product.skus[1].id,
    validUntil: inDays(3),
    paymentTerms: '30% 定金，发货前付清尾款',
    deliveryTerms: '含税出厂价，宁波仓交货',
    packaging: '每件独立 OPP 袋，50 件一箱',
    leadTimeDays: 12,
    ...over,
  });

  const accept = async (token: string, quoteId: string, body: unknown = {}, key?: string): Promise<HttpResult> => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    if (key !== undefined) headers['idempotency-key'] = key;
    const res = await fetch(`${t.url}/api/quotes/${quoteId}/accept`, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json(), headers: res.headers };
  };

  return {
    http,
    buyer,
    exhibitor,
    organizer,
    register,
    booth,
    product,
    otherBooth,
    rfqBody,
    quoteBody,
    createRfq: (token: string, over: Record<string, unknown> = {}) => http.post('/api/rfqs', rfqBody(over), token),
    offer: (token: string, rfqId: string, over: Record<string, unknown> = {}) =>
      http.post(`/api/rfqs/${rfqId}/quotes`, quoteBody(over), token),
    accept,
    decline: (token: string, quoteId: string, reason?: string) => http.post(`/api/quotes/${quoteId}/decline`, { reason }, token),
    message: (token: string, rfqId: string, body: string) => http.post(`/api/rfqs/${rfqId}/messages`, { body }, token),
    close: (token: string, rfqId: string, reason?: string) => http.post(`/api/rfqs/${rfqId}/close`, { reason }, token),
    thread: (token: string, rfqId: string) => http.get<RfqThreadView>(`/api/rfqs/${rfqId}`, token),
    notifications: async (token: string) => (await http.get<NotificationView[]>('/api/notifications', token)).body,
  };
}

export type QuotesWorld = Awaited<ReturnType<typeof quotesWorld>>;
