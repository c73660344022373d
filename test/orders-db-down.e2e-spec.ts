import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startAllInOne } from '../apps/all-in-one/src/start-all-in-one';
import { httpClient } from './support/http';
import { demoLogins, DemoLogins, newBuyer } from './support/live-fixture';
import { addProduct, placeOrder } from './support/orders-fixture';
import { dropRedisPrefix } from './support/redis-cleanup';
import { TEST_MYSQL_URL } from './support/services';
import { TcpProxy } from './support/tcp-proxy';
import { productionTestConfig } from './support/test-config';
import { createTestDatabase, TestDatabase } from './support/test-database';
import type { TestApp } from './support/test-app';

/**
 * While MySQL is down, order endpoints answer 503 DATABASE_UNAVAILABLE with Retry-After (never a
 * 500, never a false success), and a retry with the same Idempotency-Key after it is back makes
 * exactly one order. The app reaches its own database through a TCP proxy this test cuts; the
 * shared MariaDB other tests use is never touched.
 */
describe('orders while the database is down (MariaDB through a proxy this test cuts)', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let t: TestApp;
  let demo: DemoLogins;
  let skuId: string;
  const http = () => httpClient(t.url);

  beforeAll(async () => {
    db = await createTestDatabase('orders_down');
    const target = new URL(TEST_MYSQL_URL.replace(/^mariadb:/, 'http:'));
    proxy = await TcpProxy.start(target.hostname, Number(target.port || 3306));
    const url = `${TEST_MYSQL_URL.replace(/\/\/([^@/]*@)?[^/]+/, `//$1127.0.0.1:${proxy.port}`)}/${db.name}`;
    // The 503s are expected here: keep their warnings and pino-http's 5xx lines out of the test output.
    const config = productionTestConfig(url, { DEMO_DATA: 'true', LOG_LEVEL: 'fatal' });
    const { app, url: appUrl } = await startAllInOne(config, 0, false);
    t = { app, url: appUrl, config, db, close: () => app.close() };
    demo = await demoLogins(t);
    const enterpriseId = (await http().get(`/api/booths/${demo.boothId}`)).body.enterprise.id;
    skuId = (await addProduct(t.app, enterpriseId)).skuIds[0];
  });
  afterAll(async () => {
    proxy?.restore();
    await t?.app.close();
    await proxy?.close();
    await db?.drop();
    if (t) await dropRedisPrefix(t.config.queue.prefix);
  });

  it('answers 503 DATABASE_UNAVAILABLE while it is down, and one order once it is back', async () => {
    const buyer = await newBuyer(t.url);
    const ok = (await placeOrder(t.url, buyer.token, { type: 'retail', skuId, quantity: 1 })).body;
    const key = randomUUID();
    const body = { type: 'retail', skuId, quantity: 2 };

    proxy.cut();
    const answers = [
      await placeOrder(t.url, buyer.token, body, key),
      await http().get('/api/my/orders', buyer.token),
      await http().get(`/api/orders/${ok.id}`, buyer.token),
      await http().post(`/api/orders/${ok.id}/confirm`, {}, demo.staff),
      await http().get('/api/seller/orders', demo.staff),
      await placeOrder(t.url, buyer.token, body, key),
    ];
    for (const a of answers) {
      expect([a.status, a.body.code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
      expect(a.headers.get('retry-after')).toBe('5');
    }

    proxy.restore();
    const retried = await placeOrder(t.url, buyer.token, body, key);
    expect([retried.status, retried.headers.get('idempotent-replayed')]).toEqual([201, null]);
    const again = await placeOrder(t.url, buyer.token, body, key);
    expect([again.status, again.headers.get('idempotent-replayed'), again.body.id]).toEqual([201, 'true', retried.body.id]);
    const rows = await t.app.get(DataSource).query('SELECT status FROM orders WHERE buyerId = ? ORDER BY createdAt', [buyer.id]);
    expect(rows).toEqual([{ status: 'placed' }, { status: 'placed' }]);
    expect((await http().get(`/api/orders/${ok.id}`, buyer.token)).body.status).toBe('placed');
  });
});
