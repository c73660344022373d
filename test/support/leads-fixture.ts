import { AppConfig, loadConfig } from '@livefair/core';
import type { BoothDetail, NotificationView, ProductView } from '@livefair/protocol';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAllInOne } from '../../apps/all-in-one/src/start-all-in-one';
import { httpClient, HttpResult } from './http';
import { demoPassword, startProductionApp, TestApp } from './test-app';

/** Small daily bounds so a test reaches them: 5 inquiries a buyer a day, 3 at one booth, 4 card requests. */
export const LEADS_TEST_ENV = {
  DEMO_DATA: 'true',
  LOG_LEVEL: 'error',
  LEADS_MAX_PER_BUYER_PER_DAY: '5',
  LEADS_MAX_PER_BOOTH_PER_DAY: '3',
  CARDS_MAX_REQUESTS_PER_DAY: '4',
};

/** The engines the leads suites run on: MariaDB + Redis, and the embedded default. */
export const LEADS_ENGINES: [string, () => Promise<TestApp>][] = [
  ['MariaDB + Redis', () => startProductionApp('leads', LEADS_TEST_ENV)],
  [
    'the embedded engine',
    async () => {
      const config: AppConfig = loadConfig({
        DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-leads-')),
        MEDIASOUP_WORKERS: '1',
        ...LEADS_TEST_ENV,
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
  enterpriseId: string | null;
}

/**
 * The demo buyer and exhibitor, the exhibitor's booth and one of its products, a booth and a
 * product of another enterprise, fresh accounts on demand, and typed calls for the leads API.
 */
export async function leadsWorld(t: TestApp) {
  const http = httpClient(t.url);
  const login = async (email: string): Promise<Who> => {
    const res = await http.post('/api/auth/login', { email, password: demoPassword(t) });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
    return {
      token: res.body.accessToken,
      userId: res.body.user.id,
      name: res.body.user.displayName,
      enterpriseId: res.body.user.enterpriseId,
    };
  };
  const register = async (role: 'buyer' | 'exhibitor', displayName: string): Promise<Who> => {
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
  if (otherBooth.enterprise.id === booth.enterprise.id) throw new Error('the demo data changed: the other booth is ours');

  const inquiryBody = (over: Record<string, unknown> = {}) => ({
    boothId: booth.id,
    message: '您好，想了解这款产品的起订量、交期和打样费用。',
    productId: product.id,
    quantity: 500,
    contact: { name: '王小明', company: '杭州优品贸易有限公司', phone: '138 0013 8000', email: 'wang@example.cn' },
    ...over,
  });
  const inquire = async (token: string, body: unknown, key: string | null = randomUUID()): Promise<HttpResult> => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    if (key !== null) headers['idempotency-key'] = key;
    const res = await fetch(`${t.url}/api/booth-inquiries`, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json(), headers: res.headers };
  };
  /** The CSV export as bytes (fetch's text() would drop the BOM) and as text. */
  const exportCsv = async (token: string, query = '') => {
    const res = await fetch(`${t.url}/api/seller/leads/export.csv${query}`, { headers: { authorization: `Bearer ${token}` } });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
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
    inquiryBody,
    inquire,
    exportCsv,
    status: (token: string, id: string, body: Record<string, unknown>) =>
      http.post(`/api/seller/leads/${id}/status`, body, token),
    note: (token: string, id: string, body: string) => http.post(`/api/seller/leads/${id}/notes`, { body }, token),
    lead: (token: string, id: string) => http.get(`/api/seller/leads/${id}`, token),
    notifications: async (token: string) => (await http.get<NotificationView[]>('/api/notifications', token)).body,
  };
}

export type LeadsWorld = Awaited<ReturnType<typeof leadsWorld>>;
