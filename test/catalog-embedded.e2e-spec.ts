import { AppConfig, loadConfig } from '@livefair/core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAllInOne } from '../apps/all-in-one/src/start-all-in-one';
import { newExhibitor, pngBytes, productBody, skuBody, uploadImage } from './support/catalog';
import { httpClient } from './support/http';

/**
 * The catalog's flows whose SQL differs on the embedded engine (sql.js): the search's LIKE with
 * its ESCAPE, SKU codes moving between rows under the unique index, the usage sums, images next
 * to the database file, and the per-user rate counted in the process.
 */
describe('catalog on the embedded engine', () => {
  let app: Awaited<ReturnType<typeof startAllInOne>>['app'];
  let url: string;
  let config: AppConfig;

  beforeAll(async () => {
    config = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-catalog-')),
      LOG_LEVEL: 'error',
      MEDIASOUP_WORKERS: '1',
      DEMO_DATA: 'true',
      UPLOAD_MAX_PER_MINUTE: '3',
    });
    ({ app, url } = await startAllInOne(config, 0, false));
  });
  afterAll(() => app?.close());

  it('creates, searches, swaps SKU codes, publishes to the booth and serves its images', async () => {
    const http = httpClient(url);
    const ex = await newExhibitor(url, 'embedded');
    const up = await uploadImage(url, ex.token, pngBytes(12, 12));
    expect(up.status).toBe(201);
    expect(existsSync(join(config.dataDir, 'uploads', up.body.key))).toBe(true);
    expect(config.database).toMatchObject({ file: join(config.dataDir, 'livefair.sqlite') });
    const created = await http.post(
      '/api/my/products',
      productBody({ images: [up.body.key], skus: [skuBody(1, { skuCode: 'A_1' }), skuBody(2, { skuCode: 'B%2' })] }),
      ex.token,
    );
    expect(created.status).toBe(201);
    const [a, b] = created.body.skus;
    const ids = async (q: string) =>
      (await http.get(`/api/my/products?q=${encodeURIComponent(q)}`, ex.token)).body.items.map((p: any) => p.id);
    expect(await ids('a_1')).toEqual([created.body.id]);
    expect(await ids('_')).toEqual([created.body.id]);
    expect(await ids('X_')).toEqual([]);
    expect(await ids('%')).toEqual([created.body.id]);
    expect(await ids('cotton')).toEqual([created.body.id]);

    const swapped = await http.request('PUT', `/api/my/products/${created.body.id}`, {
      token: ex.token,
      body: productBody({
        images: [up.body.key],
        skus: [
          { ...skuBody(1), id: a.id, skuCode: 'B%2' },
          { ...skuBody(2), id: b.id, skuCode: 'A_1' },
        ],
      }),
    });
    expect(swapped.status).toBe(200);
    expect(swapped.body.skus.map((s: any) => [s.id, s.skuCode])).toEqual([
      [a.id, 'B%2'],
      [b.id, 'A_1'],
    ]);
    const library = (await http.get('/api/my/images', ex.token)).body;
    expect(library.usage).toMatchObject({ images: 1, bytes: up.body.bytes });

    // The demo exhibitor publishes to its booth.
    const login = await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: config.demoPassword });
    const staff = login.body.accessToken;
    const boothId = (await http.get('/api/my/booths', staff)).body[0].id;
    const mine = await http.post('/api/my/products', productBody({ name: '内置引擎新品' }), staff);
    expect((await http.get(`/api/booths/${boothId}`)).body.products.map((p: any) => p.name)).not.toContain('内置引擎新品');
    await http.post(`/api/my/products/${mine.body.id}/publish`, {}, staff);
    const booth = (await http.get(`/api/booths/${boothId}`)).body;
    expect(booth.products.map((p: any) => p.name)).toContain('内置引擎新品');
    // Products made in one second tie on the embedded engine's createdAt (whole seconds) and then
    // sort by name, so the new product (no images) may come first: take a demo product's cover.
    const withImage = booth.products.find((p: any) => p.images.length > 0);
    expect(withImage).toBeDefined();
    const cover = await fetch(`${url}${withImage.images[0].url}`);
    expect([cover.status, cover.headers.get('content-type')]).toEqual([200, 'image/webp']);
  });

  it('counts uploads per user per minute in the process', async () => {
    const ex = await newExhibitor(url, 'embedded-rate');
    const toNextMinute = 60_000 - (Date.now() % 60_000);
    if (toNextMinute < 5_000) await new Promise((resolve) => setTimeout(resolve, toNextMinute + 50));
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await uploadImage(url, ex.token, pngBytes(2, 2, 0, [i, 0, 0]))).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});
