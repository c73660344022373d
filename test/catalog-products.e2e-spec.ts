import { CatalogService } from '@livefair/catalog';
import { TransactionalConnection } from '@livefair/core';
import type { ProductView } from '@livefair/protocol';
import { newExhibitor, productBody, skuBody } from './support/catalog';
import { httpClient } from './support/http';
import { TestLiveClient } from './support/live-client';
import { newBuyer } from './support/live-fixture';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

describe('catalog products: the exhibitor API, booths and the orders seam (MariaDB + Redis)', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;
  const put = (path: string, body: unknown, token: string) => http.request('PUT', path, { body, token });

  beforeAll(async () => {
    t = await startProductionApp('catalog', { DEMO_DATA: 'true', CATALOG_MAX_PRODUCTS: '3' });
    http = httpClient(t.url);
  });
  afterAll(() => t?.close());

  const create = async (token: string, body = productBody()): Promise<ProductView> => {
    const r = await http.post('/api/my/products', body, token);
    if (r.status !== 201) throw new Error(`create: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };

  it('creates a draft with its SKUs, reads it back and lists it', async () => {
    const ex = await newExhibitor(t.url, 'crud');
    const p = await create(ex.token);
    expect(p).toMatchObject({
      enterpriseId: ex.enterpriseId,
      status: 'draft',
      name: '纯棉圆领T恤',
      nameEn: 'Cotton crew-neck T-shirt',
      description: '200克精梳棉。\n原供欧洲品牌。',
      unit: '件',
      specifications: [
        { name: '面料', value: '100% 棉' },
        { name: '克重', value: '200 g/m²' },
      ],
      certifications: [{ name: 'CE', number: 'CE-0001', issuer: 'TÜV SÜD', validUntil: '2028-06-30' }],
      images: [],
      fromPriceFen: 1650,
      moq: 50,
    });
    expect(p.skus.map((s) => [s.skuCode, s.retailPriceFen, s.stock, s.moq, s.samplePriceFen, s.leadTimeDays])).toEqual([
      ['SKU-1', 2900, 100, 50, 3500, 7],
      ['SKU-2', 2900, 200, 50, 3500, 7],
    ]);
    expect(p.skus[0].tiers).toEqual([
      { minQty: 50, unitPriceFen: 2200 },
      { minQty: 500, unitPriceFen: 1900 },
      { minQty: 2000, unitPriceFen: 1650 },
    ]);
    expect((await http.get(`/api/my/products/${p.id}`, ex.token)).body).toEqual(p);
    const list = (await http.get('/api/my/products', ex.token)).body;
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(list.items[0]).toEqual(p);
  });

  it('replaces a product whole: SKUs keep their ids (codes may swap), a left-out SKU is removed but stays for orders', async () => {
    const ex = await newExhibitor(t.url, 'update');
    const p = await create(ex.token, productBody({}, 3));
    const [s1, s2, s3] = p.skus;
    await http.post(`/api/my/products/${p.id}/publish`, {}, ex.token);
    const body = productBody({
      name: '纯棉圆领T恤（升级款）',
      skus: [
        { ...skuBody(1), id: s1.id, skuCode: 'SKU-2', stock: 7 },
        { ...skuBody(2), id: s2.id, skuCode: 'SKU-1' },
        skuBody(4, { samplePriceFen: null }),
      ],
    });
    const r = await put(`/api/my/products/${p.id}`, body, ex.token);
    expect(r.status).toBe(200);
    expect(r.body.name).toBe('纯棉圆领T恤（升级款）');
    expect(r.body.status).toBe('published');
    expect(r.body.skus.map((s: any) => [s.id, s.skuCode, s.stock, s.samplePriceFen])).toEqual([
      [s1.id, 'SKU-2', 7, 3500],
      [s2.id, 'SKU-1', 200, 3500],
      [expect.any(String), 'SKU-4', 400, null],
    ]);
    const catalog = t.app.get(CatalogService);
    expect(await catalog.orderableSku(s3.id)).toMatchObject({ skuId: s3.id, skuCode: 'SKU-3', published: false });
    expect(await catalog.orderableSku(s1.id)).toMatchObject({ skuCode: 'SKU-2', stock: 7, published: true });

    // The removed code comes back as the same SKU when sent again without an id.
    const again = await put(`/api/my/products/${p.id}`, productBody({ skus: [...r.body.skus, skuBody(3)] }), ex.token);
    expect(again.status).toBe(200);
    expect(again.body.skus.find((s: any) => s.skuCode === 'SKU-3').id).toBe(s3.id);
    expect((await catalog.orderableSku(s3.id))?.published).toBe(true);
  });

  it('refuses bad bodies with stable codes and writes nothing', async () => {
    const ex = await newExhibitor(t.url, 'invalid');
    const p = await create(ex.token);
    const codeOf = async (body: unknown) => {
      const r = await http.post('/api/my/products', body, ex.token);
      return [r.status, r.body.code, (r.body.details ?? []).map((d: any) => d.field)];
    };
    const sku = skuBody(1);
    expect(await codeOf(productBody({ name: '  ' }))).toEqual([400, 'VALIDATION_FAILED', ['name']]);
    expect(await codeOf(productBody({ unit: '平方米'.repeat(6) }))).toEqual([400, 'VALIDATION_FAILED', ['unit']]);
    expect(await codeOf(productBody({ skus: [{ ...sku, retailPriceFen: -1 }] }))).toEqual([
      400,
      'VALIDATION_FAILED',
      ['skus.0.retailPriceFen'],
    ]);
    expect((await codeOf(productBody({ skus: [{ ...sku, retailPriceFen: 12.5 }] })))[1]).toBe('VALIDATION_FAILED');
    expect((await codeOf(productBody({ skus: [{ ...sku, retailPriceFen: '2900' }] })))[1]).toBe('VALIDATION_FAILED');
    expect((await codeOf(productBody({ skus: [{ ...sku, samplePriceFen: 2 ** 53 }] })))[1]).toBe('VALIDATION_FAILED');
    expect((await codeOf(productBody({ skus: [{ ...sku, moq: 0 }] })))[1]).toBe('VALIDATION_FAILED');
    expect((await codeOf(productBody({ skus: [{ ...sku, tiers: [] }] })))[1]).toBe('VALIDATION_FAILED');
    const eleven = Array.from({ length: 11 }, (_, i) => ({ minQty: (i + 1) * 10, unitPriceFen: 1000 - i }));
    expect((await codeOf(productBody({ skus: [{ ...sku, tiers: eleven }] })))[1]).toBe('VALIDATION_FAILED');
    const flat = [
      { minQty: 50, unitPriceFen: 2000 },
      { minQty: 50, unitPriceFen: 1900 },
    ];
    expect(await codeOf(productBody({ skus: [{ ...sku, tiers: flat }] }))).toEqual([
      400,
      'PRICE_TIERS_INVALID',
      ['skus.0.tiers.1'],
    ]);
    const dearer = [
      { minQty: 50, unitPriceFen: 2000 },
      { minQty: 100, unitPriceFen: 1900 },
      { minQty: 500, unitPriceFen: 1950 },
    ];
    expect(await codeOf(productBody({ skus: [sku, { ...skuBody(2), tiers: dearer }] }))).toEqual([
      400,
      'PRICE_TIERS_INVALID',
      ['skus.1.tiers.2'],
    ]);
    expect(await codeOf(productBody({ skus: [sku, { ...skuBody(2), skuCode: 'sku-1' }] }))).toEqual([
      400,
      'SKU_CODE_DUPLICATE',
      ['skus.1.skuCode'],
    ]);
    const many = Array.from({ length: 101 }, (_, i) => skuBody(i + 1));
    expect((await codeOf(productBody({ skus: many })))[1]).toBe('VALIDATION_FAILED');
    const specs = { a: '1', b: '2', c: '3', d: '4', e: '5', f: '6' };
    expect(await codeOf(productBody({ skus: [{ ...sku, specs }] }))).toEqual([400, 'VALIDATION_FAILED', ['skus.0.specs']]);
    const cert = { name: 'CE', validUntil: '2028-13-45' };
    expect(await codeOf(productBody({ certifications: [cert] }))).toEqual([
      400,
      'VALIDATION_FAILED',
      ['certifications.0.validUntil'],
    ]);
    expect((await codeOf(productBody({ images: ['../../etc/passwd'] })))[1]).toBe('VALIDATION_FAILED');
    expect(await codeOf(productBody({ images: [`${'a'.repeat(64)}.png`] }))).toEqual([404, 'IMAGE_NOT_FOUND', []]);
    expect((await codeOf({ ...productBody(), price: 1 }))[1]).toBe('VALIDATION_FAILED');
    const unknownSku = await put(
      `/api/my/products/${p.id}`,
      productBody({ skus: [{ ...sku, id: crypto.randomUUID() }] }),
      ex.token,
    );
    expect([unknownSku.status, unknownSku.body.code]).toEqual([404, 'SKU_NOT_FOUND']);
    // Nothing of those was written.
    expect((await http.get('/api/my/products', ex.token)).body.total).toBe(1);
    expect((await http.get(`/api/my/products/${p.id}`, ex.token)).body).toEqual(p);
  });

  it('lets only the enterprise’s exhibitors touch its products', async () => {
    const owner = await newExhibitor(t.url, 'owner');
    const other = await newExhibitor(t.url, 'other');
    const buyer = await newBuyer(t.url);
    const p = await create(owner.token);
    const status = async (r: Promise<{ status: number; body: any }>) => {
      const res = await r;
      return [res.status, res.body.code];
    };
    expect(await status(http.get(`/api/my/products/${p.id}`, other.token))).toEqual([403, 'NOT_OWNER']);
    expect(await status(put(`/api/my/products/${p.id}`, productBody({ name: '改掉' }), other.token))).toEqual([403, 'NOT_OWNER']);
    expect(await status(http.post(`/api/my/products/${p.id}/publish`, {}, other.token))).toEqual([403, 'NOT_OWNER']);
    expect(await status(http.get('/api/my/products', buyer.token))).toEqual([403, 'FORBIDDEN_ROLE']);
    expect(await status(http.post('/api/my/products', productBody(), buyer.token))).toEqual([403, 'FORBIDDEN_ROLE']);
    expect(await status(http.get(`/api/my/products/${p.id}`, buyer.token))).toEqual([403, 'FORBIDDEN_ROLE']);
    expect(await status(http.get('/api/my/products'))).toEqual([401, 'AUTH_REQUIRED']);
    expect(await status(http.get(`/api/my/products/${crypto.randomUUID()}`, owner.token))).toEqual([404, 'PRODUCT_NOT_FOUND']);
    expect(await status(http.get('/api/my/products/nope', owner.token))).toEqual([400, 'VALIDATION_FAILED']);
    expect((await http.get('/api/my/products', other.token)).body.total).toBe(0);
    expect((await http.get(`/api/my/products/${p.id}`, owner.token)).body.name).toBe('纯棉圆领T恤');
  });

  it('searches titles and SKU codes, filters by status, pages', async () => {
    const ex = await newExhibitor(t.url, 'search');
    const a = await create(
      ex.token,
      productBody({ name: '防泼水夹克', nameEn: 'Rain jacket', skus: [skuBody(1, { skuCode: 'JK_100%' })] }),
    );
    const b = await create(ex.token, productBody({ name: '纯棉T恤', nameEn: 'Tee', skus: [skuBody(1, { skuCode: 'TS-200' })] }));
    const c = await create(
      ex.token,
      productBody({ name: '办公椅', nameEn: 'Office chair', skus: [skuBody(1, { skuCode: 'CH-1' })] }),
    );
    await http.post(`/api/my/products/${b.id}/publish`, {}, ex.token);
    const ids = async (query: string) => (await http.get(`/api/my/products?${query}`, ex.token)).body.items.map((p: any) => p.id);
    expect(await ids('q=夹克')).toEqual([a.id]);
    expect(await ids('q=JACKET')).toEqual([a.id]);
    expect(await ids('q=ts-2')).toEqual([b.id]);
    expect(await ids('q=100%25')).toEqual([a.id]);
    expect(await ids('q=_')).toEqual([a.id]);
    expect(await ids('status=published')).toEqual([b.id]);
    expect(await ids('status=draft')).toEqual([c.id, a.id]);
    expect(await ids('pageSize=2')).toEqual([b.id, c.id]);
    const second = (await http.get('/api/my/products?pageSize=2&page=2', ex.token)).body;
    expect([second.total, second.items.map((p: any) => p.id)]).toEqual([3, [a.id]]);
    expect((await http.get('/api/my/products?status=gone', ex.token)).body.code).toBe('VALIDATION_FAILED');
    expect((await http.get('/api/my/products?pageSize=500', ex.token)).body.code).toBe('VALIDATION_FAILED');
    // The enterprise holds CATALOG_MAX_PRODUCTS (3 here) products, in any status.
    const over = await http.post('/api/my/products', productBody(), ex.token);
    expect([over.status, over.body.code]).toEqual([409, 'PRODUCT_LIMIT_REACHED']);
  });

  it('shows only published products on the booth; publishing needs a SKU', async () => {
    const login = await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) });
    const staff = login.body.accessToken;
    const boothId = (await http.get('/api/my/booths', staff)).body[0].id;
    const booth = async () => (await http.get(`/api/booths/${boothId}`)).body;
    const before = await booth();
    expect(before.products.length).toBe(2);
    expect(before.products[0]).toMatchObject({ status: 'published', nameEn: expect.any(String), images: [expect.any(Object)] });
    expect(before.products[0].skus[0].tiers).toHaveLength(3);

    const empty = await create(staff, productBody({ name: '空的草稿', skus: [] }));
    const refused = await http.post(`/api/my/products/${empty.id}/publish`, {}, staff);
    expect([refused.status, refused.body.code]).toEqual([409, 'PRODUCT_NOT_PUBLISHABLE']);
    expect((await booth()).products.map((p: any) => p.id)).not.toContain(empty.id);

    const p = (await put(`/api/my/products/${empty.id}`, productBody({ name: '新品上架' }), staff)).body;
    expect((await http.post(`/api/my/products/${p.id}/publish`, {}, staff)).body.status).toBe('published');
    const shown = await booth();
    expect(shown.products.map((x: any) => x.id)).toContain(p.id);
    expect(shown.productCount).toBe(3);
    const noSkus = await put(`/api/my/products/${p.id}`, productBody({ skus: [] }), staff);
    expect([noSkus.status, noSkus.body.code]).toEqual([409, 'PRODUCT_NOT_PUBLISHABLE']);
    expect((await http.post(`/api/my/products/${p.id}/hide`, {}, staff)).body.status).toBe('hidden');
    expect((await booth()).products.map((x: any) => x.id)).not.toContain(p.id);
    expect((await http.post(`/api/my/products/${p.id}/draft`, {}, staff)).body.status).toBe('draft');
    const hallBooths = (await http.get(`/api/halls/${before.hallId}/booths`)).body;
    expect(hallBooths.find((b: any) => b.id === boothId).productCount).toBe(2);
  });

  it('pins only published products over the live video; hiding takes the card away', async () => {
    const login = await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) });
    const staff = login.body.accessToken;
    const boothId = (await http.get('/api/my/booths', staff)).body[0].id;
    const session = await http.post(`/api/booths/${boothId}/live-sessions`, { title: '新品直播' }, staff);
    expect(session.status).toBe(201);
    const draft = (await http.get('/api/my/products?status=draft', staff)).body.items[0];
    const published = (await http.get('/api/my/products?status=published', staff)).body.items[0];
    const mod = await TestLiveClient.connect(t.url, staff);
    try {
      await mod.request('room.join', { sessionId: session.body.id, as: 'viewer' });
      expect(await mod.errorCode('pin.set', { productId: draft.id })).toBe('PRODUCT_NOT_FOUND');
      const pinned = await mod.request('pin.set', { productId: published.id });
      expect(pinned).toMatchObject({
        productId: published.id,
        name: published.name,
        nameEn: published.nameEn,
        fromPriceFen: published.fromPriceFen,
        moq: published.moq,
        imageUrl: published.images[0].url,
      });
      await http.post(`/api/my/products/${published.id}/hide`, {}, staff);
      await new Promise((resolve) => setTimeout(resolve, 2100)); // the room's join state is shared for 2 s
      const late = await TestLiveClient.connect(t.url);
      try {
        expect((await late.request('room.join', { sessionId: session.body.id, as: 'viewer' })).pinned).toBeNull();
      } finally {
        late.socket.disconnect();
      }
      expect(await mod.errorCode('pin.set', { productId: published.id })).toBe('PRODUCT_NOT_FOUND');
      await http.post(`/api/my/products/${published.id}/publish`, {}, staff);
    } finally {
      mod.socket.disconnect();
    }
  });

  it('orderableSku, takeStock and returnStock run in the caller’s transaction', async () => {
    const ex = await newExhibitor(t.url, 'stock');
    const p = await create(ex.token, productBody({}, 1));
    const skuId = p.skus[0].id;
    const catalog = t.app.get(CatalogService);
    const tx = t.app.get(TransactionalConnection);
    expect(await catalog.orderableSku(skuId)).toEqual({
      skuId,
      productId: p.id,
      enterpriseId: ex.enterpriseId,
      productName: '纯棉圆领T恤',
      productNameEn: 'Cotton crew-neck T-shirt',
      unit: '件',
      skuCode: 'SKU-1',
      specs: { 尺码: 'M' },
      retailPriceFen: 2900,
      tiers: [
        { minQty: 50, unitPriceFen: 2200 },
        { minQty: 500, unitPriceFen: 1900 },
        { minQty: 2000, unitPriceFen: 1650 },
      ],
      moq: 50,
      samplePriceFen: 3500,
      leadTimeDays: 7,
      stock: 100,
      published: false,
    });
    expect(await catalog.orderableSku(crypto.randomUUID())).toBeNull();
    await expect(
      tx.run(async () => {
        expect(await catalog.takeStock(skuId, 30)).toBe(true);
        expect((await catalog.orderableSku(skuId))?.stock).toBe(70);
        throw new Error('the order failed');
      }),
    ).rejects.toThrow('the order failed');
    expect((await catalog.orderableSku(skuId))?.stock).toBe(100);
    await tx.run(async () => {
      expect(await catalog.takeStock(skuId, 101)).toBe(false);
      expect(await catalog.takeStock(skuId, 40)).toBe(true);
      await catalog.returnStock(skuId, 5);
    });
    expect((await catalog.orderableSku(skuId))?.stock).toBe(65);
    // Concurrent takers never pass zero: 65 units, twenty takers of 5.
    const taken = await Promise.all(Array.from({ length: 20 }, () => tx.run(() => catalog.takeStock(skuId, 5))));
    expect(taken.filter(Boolean)).toHaveLength(13);
    expect((await catalog.orderableSku(skuId))?.stock).toBe(0);
    await expect(catalog.takeStock(skuId, 0)).rejects.toThrow(RangeError);
    await expect(catalog.returnStock(skuId, -1)).rejects.toThrow(RangeError);
  });
});
