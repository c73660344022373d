import { JobQueue, OBJECT_STORAGE, ObjectStorage, TransactionalConnection } from '@livefair/core';
import { newExhibitor } from './support/catalog';
import { httpClient } from './support/http';
import { csvWithBom, importFile, uploadCatalog, waitForImport } from './support/import-files';
import { TestLiveClient } from './support/live-client';
import { newBuyer } from './support/live-fixture';
import { placeOrder, SHIP_TO } from './support/orders-fixture';
import { demoPassword, startApiReplica, startProductionApp, TestApp } from './support/test-app';

/**
 * An import's life around the run, on MariaDB + Redis: re-imports that add certifications, the
 * bounds the server announces, a preview paged and run on another API process, the cleanup of old
 * uploads, and uploads bounded per IP as well as per user.
 */
describe('catalog import lifecycle (MariaDB + Redis)', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;
  const storage = () => t.app.get<ObjectStorage>(OBJECT_STORAGE);

  beforeAll(async () => {
    t = await startProductionApp('import-life', {
      DEMO_DATA: 'true',
      IMPORT_MAX_MB: '3',
      IMPORT_MAX_ROWS: '700',
      IMPORT_MAX_PER_HOUR: '30',
      IMPORT_MAX_PER_HOUR_PER_IP: '14',
      IMPORT_RETENTION_HOURS: '48',
    });
    http = httpClient(t.url);
  });
  afterAll(() => t?.close());

  const products = async (token: string) => (await http.get('/api/my/products?pageSize=100', token)).body.items;

  it('a re-import keeps the certifications the exhibitor added and adds the file’s new ones', async () => {
    const ex = await newExhibitor(t.url, 'life-certs');
    const file = (certs: string) =>
      csvWithBom([
        ['Item No.', 'Description', 'HS Code', 'FOB Price (USD)', 'Certificates'],
        ['KT-1', 'Electric Kettle', '8516.71', '10.00', certs],
      ]);
    await importFile(t.url, ex.token, file('CE, CB'), 'all-or-nothing', 'a.csv');
    const [kettle] = await products(ex.token);
    // The exhibitor adds a CCC certificate with its number on the product page, and GS on readiness.
    const put = await http.put(
      `/api/my/products/${kettle.id}`,
      {
        name: kettle.name,
        nameEn: kettle.nameEn,
        description: kettle.description,
        descriptionEn: kettle.descriptionEn,
        category: kettle.category,
        unit: kettle.unit,
        specifications: kettle.specifications,
        images: [],
        skus: kettle.skus.map((s: any) => ({
          skuCode: s.skuCode,
          specs: s.specs,
          retailPriceFen: s.retailPriceFen,
          stock: s.stock,
          moq: s.moq,
          samplePriceFen: s.samplePriceFen,
          leadTimeDays: s.leadTimeDays,
          tiers: s.tiers,
        })),
        certifications: [...kettle.certifications, { name: '3C', number: '2026010701234567', issuer: 'CQC', validUntil: null }],
      },
      ex.token,
    );
    expect(put.status).toBe(200);
    const edited = await http.put(`/api/my/readiness/${kettle.id}`, { certifications: ['CE', 'CB', '3C', 'GS'] }, ex.token);
    expect(edited.status).toBe(200);

    const again = await importFile(t.url, ex.token, file('ce; UL'), 'all-or-nothing', 'b.csv');
    expect(again).toMatchObject({ status: 'done', updated: 1, created: 0 });
    const [after] = await products(ex.token);
    expect(after.certifications.map((c: any) => c.name)).toEqual(['CE', 'CB', '3C', 'GS', 'UL']);
    expect(after.certifications.find((c: any) => c.name === '3C')).toMatchObject({ number: '2026010701234567', issuer: 'CQC' });
    const item = (await http.get(`/api/my/readiness/${kettle.id}`, ex.token)).body;
    expect(item.certifications).toEqual(['CE', 'CB', '3C', 'GS', 'UL']);
    expect(item.blockers).not.toContain('ccc-missing');
  });

  it('announces the upload bounds of this deployment to exhibitors', async () => {
    const ex = await newExhibitor(t.url, 'life-limits');
    const r = await http.get('/api/my/import-limits', ex.token);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      maxFileBytes: 3 * 1024 * 1024,
      maxRows: 700,
      maxColumns: 60,
      uploadsPerHour: 30,
      uploadsPerHourPerIp: 14,
      retentionHours: 48,
    });
    expect((await http.get('/api/my/import-limits')).status).toBe(401);
  });

  it('pages and runs on another API process a preview made on this one', async () => {
    const ex = await newExhibitor(t.url, 'life-replica');
    const rows = [
      ['Item No.', 'Description', 'FOB'],
      ...Array.from({ length: 120 }, (_, i) => [`R-${i + 1}`, `Item ${i + 1}`, i === 7 ? 'abc' : '1.50']),
    ];
    const data = csvWithBom(rows);
    const up = await uploadCatalog(t.url, ex.token, data, 'r.csv');
    await http.put(`/api/my/imports/${up.body.id}/mapping`, { mapping: up.body.guessedMapping }, ex.token);
    const first = (await http.get(`/api/my/imports/${up.body.id}/preview?page=2&pageSize=50`, ex.token)).body;
    expect(first).toMatchObject({ total: 120, good: 119, bad: 1, creates: 119 });
    expect(first.items).toHaveLength(50);

    const replica = await startApiReplica(t);
    try {
      const other = httpClient(replica.url);
      // The uploaded file is out of reach for a moment: the other process pages the stored preview.
      const key = `imports/${up.body.id}.csv`;
      await storage().delete(key);
      const paged = await other.get(`/api/my/imports/${up.body.id}/preview?page=2&pageSize=50`, ex.token);
      expect(paged.status).toBe(200);
      expect(paged.body).toEqual(first);
      const bad = await other.get(`/api/my/imports/${up.body.id}/preview?only=problems`, ex.token);
      expect(bad.body.items.map((r: any) => [r.row, r.problems[0].code])).toEqual([[9, 'PRICE_INVALID']]);
      await storage().put(key, data, 'text/csv');
      expect((await other.post(`/api/my/imports/${up.body.id}/run`, { mode: 'good-rows' }, ex.token)).status).toBe(202);
      expect(await waitForImport(replica.url, ex.token, up.body.id)).toMatchObject({ status: 'done', created: 119, bad: 1 });
      // After the run the same file previews as updates: the stored preview is not served stale.
      const after = (await other.get(`/api/my/imports/${up.body.id}/preview`, ex.token)).body;
      expect(after).toMatchObject({ creates: 0, updates: 119 });
    } finally {
      await replica.close();
    }
  });

  it('removes uploads past the retention (file, preview, bad rows, record) and keeps newer ones and their products', async () => {
    const ex = await newExhibitor(t.url, 'life-clean');
    const file = csvWithBom([
      ['Item No.', 'Description', 'FOB'],
      ['C-1', 'Old thing', '1.00'],
      ['', 'No number', '1.00'],
    ]);
    const old = await importFile(t.url, ex.token, file, 'good-rows', 'old.csv');
    expect(old.status).toBe('done');
    await http.get(`/api/my/imports/${old.id}/preview`, ex.token);
    const recent = await uploadCatalog(t.url, ex.token, file, 'new.csv');
    const keys = [`imports/${old.id}.csv`, `imports/${old.id}-bad.csv`, `imports/${old.id}-preview.json`];
    for (const k of keys) expect(await storage().stat(k)).not.toBeNull();

    const tx = t.app.get(TransactionalConnection);
    await tx.dataSource.query('UPDATE catalog_imports SET createdAt = ? WHERE id = ?', [
      new Date(Date.now() - 49 * 3_600_000),
      old.id,
    ]);
    await t.app.get(JobQueue).enqueue('catalog.import.cleanup', {}, { jobId: `test-cleanup:${old.id}` });
    const until = Date.now() + 20_000;
    while ((await http.get(`/api/my/imports/${old.id}`, ex.token)).status !== 404 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await http.get(`/api/my/imports/${old.id}`, ex.token)).body.code).toBe('IMPORT_NOT_FOUND');
    for (const k of keys) expect(await storage().stat(k)).toBeNull();
    expect((await http.get(`/api/my/imports/${recent.body.id}`, ex.token)).status).toBe(200);
    expect(await storage().stat(`imports/${recent.body.id}.csv`)).not.toBeNull();
    expect((await products(ex.token)).map((p: any) => p.skus[0].skuCode)).toEqual(['C-1']);
  });

  it('an accepted product is on the booth, can be pinned in a live session and sold from it', async () => {
    const login = await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) });
    const staff = login.body.accessToken;
    const file = csvWithBom([
      ['货号', '中文品名', 'Description', 'HS Code', 'FOB Price (USD)', 'MOQ', 'Stock'],
      ['LIVE-BAG-1', '帆布托特包', 'Canvas Tote Bag', '4202.22', '2.10', '1', '50'],
    ]);
    expect(await importFile(t.url, staff, file, 'all-or-nothing', 'live.csv')).toMatchObject({ status: 'done', created: 1 });
    const item = (await http.get('/api/my/readiness?pageSize=100', staff)).body.items.find((r: any) => r.itemNo === 'LIVE-BAG-1');
    const accepted = await http.post(`/api/my/readiness/${item.productId}/accept`, {}, staff);
    expect(accepted.body).toMatchObject({ accepted: true, productStatus: 'published' });

    const boothId = (await http.get('/api/my/booths', staff)).body[0].id;
    const onBooth = (await http.get(`/api/booths/${boothId}`)).body.products.find((p: any) => p.id === item.productId);
    expect(onBooth).toMatchObject({ name: '帆布托特包', category: '箱包' });
    const session = await http.post(`/api/booths/${boothId}/live-sessions`, { title: '外贸转内销直播' }, staff);
    expect(session.status).toBe(201);
    const mod = await TestLiveClient.connect(t.url, staff);
    try {
      await mod.request('room.join', { sessionId: session.body.id, as: 'viewer' });
      const pinned = await mod.request('pin.set', { productId: item.productId });
      expect(pinned).toMatchObject({
        productId: item.productId,
        name: '帆布托特包',
        fromPriceFen: onBooth.skus[0].tiers[0].unitPriceFen,
      });
    } finally {
      mod.socket.disconnect();
    }
    const buyer = await newBuyer(t.url);
    const order = await placeOrder(t.url, buyer.token, {
      type: 'retail',
      skuId: onBooth.skus[0].id,
      quantity: 2,
      liveSessionId: session.body.id,
      shipTo: SHIP_TO,
    });
    expect(order.status).toBe(201);
    expect(order.body).toMatchObject({
      liveSessionId: session.body.id,
      boothId,
      totalFen: 2 * onBooth.skus[0].retailPriceFen,
    });
  });

  it('bounds uploads per client IP, whoever uploads', async () => {
    const file = csvWithBom([
      ['Item No.', 'Description'],
      ['I-1', 'Thing'],
    ]);
    // Every exhibitor uploads once (far under the per-user bound); the IP's bound is reached anyway.
    let refused: { status: number; body: any } | null = null;
    // Up to twice the bound: the count may start again at a clock hour during the loop.
    for (let i = 0; i < 30 && !refused; i++) {
      const ex = await newExhibitor(t.url, `life-ip-${i}`);
      const r = await uploadCatalog(t.url, ex.token, file, 'ip.csv');
      if (r.status !== 201) refused = r;
    }
    expect(refused).toMatchObject({ status: 429, body: { code: 'RATE_LIMITED' } });
  });
});
