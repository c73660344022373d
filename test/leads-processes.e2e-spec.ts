import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LEADS_TEST_ENV, leadsWorld, LeadsWorld } from './support/leads-fixture';
import { startApiReplica, startProductionApp, TestApp } from './support/test-app';

/**
 * Inquiries through two API processes on one MariaDB (a second replica runs apps/api's module):
 * the same key sent to both at once makes one lead, and the per-booth daily bound holds exactly
 * when a buyer's inquiries race through both.
 */
describe('booth inquiries across two API processes (MariaDB + Redis)', () => {
  let t: TestApp;
  let replica: { url: string; close(): Promise<void> };
  let w: LeadsWorld;

  beforeAll(async () => {
    t = await startProductionApp('leads_procs', LEADS_TEST_ENV);
    replica = await startApiReplica(t);
    w = await leadsWorld(t);
  });
  afterAll(async () => {
    await replica?.close();
    await t?.close();
  });

  const post = (url: string, token: string, body: unknown, key: string) =>
    fetch(`${url}/api/booth-inquiries`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: await r.json(), replayed: r.headers.get('idempotent-replayed') }));
  const leadsOf = async (buyerId: string) =>
    Number((await t.app.get(DataSource).query('SELECT COUNT(*) AS n FROM leads WHERE buyerId = ?', [buyerId]))[0].n);

  it('makes one lead for one key sent to both processes at once', async () => {
    const buyer = await w.register('buyer', '跨进程买家');
    const key = `two-${randomUUID()}`;
    const answers = await Promise.all(
      [t.url, replica.url, t.url, replica.url].map((url) => post(url, buyer.token, w.inquiryBody(), key)),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => a.replayed !== 'true')).toHaveLength(1);
    expect(await leadsOf(buyer.userId)).toBe(1);
    const staffLines = (await w.notifications(w.exhibitor.token)).filter(
      (n) => n.kind === 'lead.created' && n.body.startsWith('王小明（杭州优品贸易有限公司）'),
    );
    // The first lead of this database: exactly one inbox line for the staff, not one per process.
    expect(staffLines).toHaveLength(1);
  });

  it('holds the per-booth bound exactly when inquiries race through both processes', async () => {
    const buyer = await w.register('buyer', '抢跑买家');
    const answers = await Promise.all(
      [t.url, replica.url, t.url, replica.url, t.url, replica.url].map((url) =>
        post(url, buyer.token, w.inquiryBody(), randomUUID()),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 201, 429, 429, 429]);
    expect(answers.filter((a) => a.status === 429).every((a) => a.body.code === 'RATE_LIMITED')).toBe(true);
    expect(await leadsOf(buyer.userId)).toBe(3);
  });
});
