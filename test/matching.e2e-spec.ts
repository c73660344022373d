import type { DemandWithSuggestions, OrderForYouView, SuggestionView } from '@livefair/protocol';
import { DataSource } from 'typeorm';
import { newExhibitor, productBody, skuBody } from './support/catalog';
import { httpClient } from './support/http';
import { newBuyer } from './support/live-fixture';
import { onboard } from './support/matching-fixture';
import { loadConfig } from '@livefair/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAllInOne } from '../apps/all-in-one/src/start-all-in-one';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

const env = { DEMO_DATA: 'true', LOG_LEVEL: 'error', MATCHING_MAX_OPEN_DEMANDS: '3' };
/** The engines the suite runs on: MariaDB + Redis, and the embedded default (sql.js, in-process queue). */
const ENGINES: [string, () => Promise<TestApp>][] = [
  ['MariaDB + Redis', () => startProductionApp('matching', env)],
  [
    'the embedded engine',
    async () => {
      const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-matching-')), MEDIASOUP_WORKERS: '1', ...env });
      const { app, url } = await startAllInOne(config, 0, false);
      return { app, url, config, db: null, close: () => app.close() };
    },
  ],
];

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const supplierLine = (ref: string, over: Record<string, unknown> = {}, product: Record<string, unknown> = {}) =>
  JSON.stringify({
    ref,
    name: `测试供应商 ${ref}`,
    province: '浙江',
    city: '永康',
    oem: true,
    vatSpecialInvoice: true,
    monthlyCapacity: 100000,
    products: [
      {
        ref: 'p1',
        title: '304不锈钢真空保温杯 500ml',
        tags: ['保温杯'],
        categoryCode: 'drinkware.vacuum',
        moq: 500,
        priceFen: 2300,
        leadTimeDays: 15,
        samples: true,
        ...product,
      },
    ],
    ...over,
  });

/**
 * Matching end to end over HTTP on MariaDB + Redis: onboarding validated row by row, a catalog
 * edit re-deriving the supplier through the queued job, a buyer's need ranked with reasons
 * (look-alikes left out), the supplier's orders for you, inviting to quote, and bad input;
 * on MariaDB + Redis and on the embedded engine.
 */
describe.each(ENGINES)('matching on %s', (_engine, start) => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;
  let ds: DataSource;
  let organizer: string;

  beforeAll(async () => {
    t = await start();
    http = httpClient(t.url);
    ds = t.app.get(DataSource);
    const login = await http.post('/api/auth/login', { email: 'organizer@demo.livefair.cn', password: demoPassword(t) });
    organizer = login.body.accessToken;
  });
  afterAll(() => t?.close());

  const demandCount = async (buyerId: string) =>
    Number((await ds.query('SELECT COUNT(*) AS n FROM matching_demands WHERE buyerId = ?', [buyerId]))[0].n);

  it('onboards suppliers row by row: good rows stored, each bad row reported with its line and codes', async () => {
    const file = [
      supplierLine('ok-1'),
      supplierLine('bad-cat', {}, { categoryCode: 'drinkware.nope' }),
      '{not json',
      supplierLine('bad-moq', { province: '火星' }, { moq: -3, certifications: ['XYZ'] }),
      supplierLine('ok-2', { province: '广东' }),
    ].join('\n');
    const r = await onboard(t.url, organizer, 'jsonl', file);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ rows: 5, created: 2, updated: 0 });
    const byLine = Object.fromEntries(
      r.body.rejected.map((x: any) => [x.line, x.problems.map((p: any) => `${p.field}:${p.code}`)]),
    );
    expect(byLine).toEqual({
      2: ['products[0].categoryCode:UNKNOWN_CATEGORY'],
      3: [':ROW_NOT_JSON'],
      4: ['province:UNKNOWN_PROVINCE', 'products[0].moq:FIELD_RANGE', 'products[0].certifications:UNKNOWN_CERTIFICATION'],
    });
    const stored = await ds.query("SELECT name FROM matching_suppliers WHERE source = 'import' ORDER BY name");
    expect(stored.map((s: any) => s.name)).toEqual(['测试供应商 ok-1', '测试供应商 ok-2']);

    // The same ref again replaces that supplier; CSV lines group by supplierRef.
    const csv = [
      'supplierRef,name,province,city,oem,vatSpecialInvoice,productRef,title,categoryCode,moq,priceFen,leadTimeDays,productCertifications,samples',
      'ok-1,测试供应商 ok-1,浙江,永康,true,true,p1,双层真空杯 thermos,drinkware.vacuum,200,2100,10,,true',
      'ok-1,测试供应商 ok-1,浙江,永康,true,true,p2,玻璃杯,drinkware.glass,200,800,10,,true',
      'csv-3,瓷砖厂,广东,佛山,true,true,p1,仿古陶瓷地砖 800x800,building.tile,100,4500,10,,false',
      'csv-4,,广东,佛山,true,true,p1,标题,building.tile,abc,,,,',
    ].join('\n');
    const c = await onboard(t.url, organizer, 'csv', csv);
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({ rows: 3, created: 1, updated: 1 });
    expect(c.body.rejected).toEqual([
      {
        line: 5,
        ref: 'csv-4',
        problems: [
          expect.objectContaining({ field: 'name', code: 'FIELD_REQUIRED' }),
          expect.objectContaining({ field: 'products[0].moq', code: 'FIELD_TYPE' }),
        ],
      },
    ]);
    const ok1 = await ds.query(
      "SELECT p.title FROM matching_products p JOIN matching_suppliers s ON s.id = p.supplierId WHERE s.name = '测试供应商 ok-1' ORDER BY p.sortOrder",
    );
    expect(ok1.map((p: any) => p.title)).toEqual(['双层真空杯 thermos', '玻璃杯']);

    const noHeader = await onboard(t.url, organizer, 'csv', 'a,b\n1,2');
    expect(noHeader).toMatchObject({ status: 400, body: { code: 'ONBOARDING_FORMAT_INVALID' } });
    const buyer = await newBuyer(t.url);
    expect((await onboard(t.url, buyer.token, 'jsonl', supplierLine('x'))).body.code).toBe('FORBIDDEN_ROLE');
  });

  it('ranks suppliers for a need with reasons, derives a catalog supplier through the job, shows the need in its orders for you, and invites it to quote', async () => {
    // An exhibitor publishes a vacuum flask: the catalog event queues the refresh job.
    const ex = await newExhibitor(t.url, 'match');
    const created = await http.post(
      '/api/my/products',
      productBody({
        name: '不锈钢真空保温瓶 750ml',
        nameEn: 'Stainless steel vacuum bottle',
        description: '双层304不锈钢，保温12小时，可印logo',
        category: '保温杯',
        certifications: [],
        skus: [skuBody(1, { moq: 300, retailPriceFen: 3000, leadTimeDays: 12, tiers: [{ minQty: 300, unitPriceFen: 2400 }] })],
      }),
      ex.token,
    );
    expect(created.status).toBe(201);
    expect((await http.post(`/api/my/products/${created.body.id}/publish`, {}, ex.token)).status).toBe(200);
    let derived: any[] = [];
    for (let i = 0; i < 100 && derived.length === 0; i++) {
      derived = await ds.query(
        'SELECT p.title, p.categoryCode, p.moq, p.priceFen FROM matching_products p JOIN matching_suppliers s ON s.id = p.supplierId WHERE s.sourceKey = ?',
        [`enterprise:${ex.enterpriseId}`],
      );
      if (!derived.length) await sleep(100);
    }
    expect(derived).toEqual([{ title: '不锈钢真空保温瓶 750ml', categoryCode: 'drinkware.vacuum', moq: 300, priceFen: 2400 }]);

    const buyer = await newBuyer(t.url, '采购王');
    const res = await http.post<DemandWithSuggestions>(
      '/api/matching/demands',
      {
        text: 'thermos flask 500ml with custom logo',
        quantity: 1000,
        unit: '个',
        targetUnitPriceFen: 2500,
        deliveryProvince: '浙江',
        deadline: inDays(30),
        oem: true,
      },
      buyer.token,
    );
    expect(res.status).toBe(201);
    expect(res.body.matchedCategory).toBe('drinkware.vacuum');
    const names = res.body.suggestions.map((s: SuggestionView) => s.supplier.name);
    expect(names).toEqual(expect.arrayContaining(['测试供应商 ok-1', '测试供应商 ok-2']));
    expect(names).not.toContain('瓷砖厂');
    const top = res.body.suggestions[0];
    expect(top.rank).toBe(1);
    expect(top.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['CATEGORY_SAME', 'MOQ_OK', 'PRICE_WITHIN_TARGET', 'OEM_OK']),
    );
    // The catalog supplier offers no OEM in its (still empty) profile: listed, demoted, and the reason says so.
    const mine = res.body.suggestions.find((s) => s.supplier.enterpriseId === ex.enterpriseId)!;
    expect(mine.reasons.find((r) => r.code === 'OEM_NOT_OFFERED')).toMatchObject({ kind: 'hard' });
    expect(mine.invitable).toBe(true);
    expect(mine.score).toBeLessThan(top.score);
    const stored = await ds.query('SELECT rank, score, reasons FROM matching_suggestions WHERE demandId = ? ORDER BY rank', [
      res.body.id,
    ]);
    expect(stored.length).toBe(res.body.suggestions.length);
    expect(stored[0].score).toBeCloseTo(top.score);
    expect(JSON.parse(stored[0].reasons)).toEqual(top.reasons);

    const forYou = await http.get<OrderForYouView[]>('/api/matching/orders-for-you', ex.token);
    expect(forYou.status).toBe(200);
    const item = forYou.body.find((o) => o.demand.id === res.body.id)!;
    expect(item).toBeDefined();
    expect(item.buyerName).toBe('采购王');
    expect(item.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['CATEGORY_SAME', 'MOQ_OK']));
    expect(item.products[0].title).toBe('不锈钢真空保温瓶 750ml');

    const invite = await http.post(
      `/api/matching/demands/${res.body.id}/suggestions/${mine.supplier.id}/invite`,
      { message: '请报价' },
      buyer.token,
    );
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({
      productId: created.body.id,
      quantity: 1000,
      targetUnitPriceFen: 2500,
      deliveryProvince: '浙江',
    });
    const inbox = await http.get('/api/seller/rfqs', ex.token);
    expect(inbox.body.items.map((r: any) => r.id)).toContain(invite.body.id);
    const again = await http.get<DemandWithSuggestions>(`/api/matching/demands/${res.body.id}`, buyer.token);
    expect(again.body.suggestions.find((s) => s.supplier.id === mine.supplier.id)).toMatchObject({
      status: 'invited',
      rfqId: invite.body.id,
    });

    const imported = res.body.suggestions.find((s) => s.supplier.name === '测试供应商 ok-2')!;
    const notInvitable = await http.post(
      `/api/matching/demands/${res.body.id}/suggestions/${imported.supplier.id}/invite`,
      {},
      buyer.token,
    );
    expect(notInvitable).toMatchObject({ status: 409, body: { code: 'MATCH_NOT_INVITABLE' } });
    const contact = await http.post(
      `/api/matching/demands/${res.body.id}/suggestions/${imported.supplier.id}/contact`,
      {},
      buyer.token,
    );
    expect(contact).toMatchObject({ status: 200, body: { name: '测试供应商 ok-2', enterpriseId: null } });

    // Another buyer sees nothing of it; an exhibitor cannot post needs.
    const other = await newBuyer(t.url);
    expect((await http.get(`/api/matching/demands/${res.body.id}`, other.token)).body.code).toBe('NOT_OWNER');
    expect(
      (
        await http.post(
          '/api/matching/demands',
          { text: '保温杯', quantity: 1, unit: '个', deliveryProvince: '浙江', deadline: inDays(3) },
          ex.token,
        )
      ).body.code,
    ).toBe('FORBIDDEN_ROLE');

    // Closed needs leave orders for you.
    expect((await http.post(`/api/matching/demands/${res.body.id}/close`, {}, buyer.token)).body.status).toBe('closed');
    const after = await http.get<OrderForYouView[]>('/api/matching/orders-for-you', ex.token);
    expect(after.body.map((o) => o.demand.id)).not.toContain(res.body.id);
  });

  it('refuses bad needs with their codes and stores nothing; bounds open needs per buyer', async () => {
    const buyer = await newBuyer(t.url);
    const ok = { text: 'LED平板灯 600x600', quantity: 100, unit: '个', deliveryProvince: '广东', deadline: inDays(20) };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ text: '   ' }, 400, 'DEMAND_TEXT_EMPTY'],
      [{ text: '灯'.repeat(2001) }, 400, 'DEMAND_TEXT_TOO_LONG'],
      [{ quantity: -5 }, 400, 'VALIDATION_FAILED'],
      [{ quantity: 0 }, 400, 'VALIDATION_FAILED'],
      [{ deadline: new Date(Date.now() - 3_600_000).toISOString() }, 400, 'DEMAND_DEADLINE_PAST'],
      [{ deadline: '2026-13-01' }, 400, 'VALIDATION_FAILED'],
      [{ categoryCode: 'lighting.laser' }, 400, 'MATCH_UNKNOWN_CATEGORY'],
      [{ certifications: ['CCC', 'NOPE'] }, 400, 'MATCH_UNKNOWN_CERTIFICATION'],
      [{ deliveryProvince: 'Zhejiang' }, 400, 'VALIDATION_FAILED'],
      [{ targetUnitPriceFen: 12.5 }, 400, 'VALIDATION_FAILED'],
      [{ extra: 1 }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [over, status, code] of cases) {
      const r = await http.post('/api/matching/demands', { ...ok, ...over }, buyer.token);
      expect([JSON.stringify(over).slice(0, 40), r.status, r.body.code]).toEqual([
        JSON.stringify(over).slice(0, 40),
        status,
        code,
      ]);
    }
    expect(await demandCount(buyer.id)).toBe(0);
    expect((await http.post('/api/matching/demands', ok)).status).toBe(401);

    for (let i = 0; i < 3; i++) expect((await http.post('/api/matching/demands', ok, buyer.token)).status).toBe(201);
    const fourth = await http.post('/api/matching/demands', ok, buyer.token);
    expect(fourth).toMatchObject({ status: 409, body: { code: 'DEMAND_OPEN_LIMIT' } });
    expect(await demandCount(buyer.id)).toBe(3);
  });
});
