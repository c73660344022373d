import { loadConfig } from '@livefair/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAllInOne } from '../apps/all-in-one/src/start-all-in-one';
import { newExhibitor } from './support/catalog';
import { httpClient } from './support/http';
import { csvWithBom, importFile, uploadCatalog, waitForImport } from './support/import-files';

/**
 * The import on the embedded engine (sql.js, one connection, in-process queue): an all-or-nothing
 * run writes its batches and its progress in its one transaction; a cancel rolls all of it back.
 */
describe('catalog import on the embedded engine', () => {
  let app: Awaited<ReturnType<typeof startAllInOne>>['app'];
  let url: string;

  beforeAll(async () => {
    const config = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-import-')),
      LOG_LEVEL: 'error',
      MEDIASOUP_WORKERS: '1',
      CATALOG_MAX_PRODUCTS: '10000',
    });
    ({ app, url } = await startAllInOne(config, 0, false));
  });
  afterAll(() => app?.close());

  const rows = (n: number, prefix: string) =>
    csvWithBom([
      ['Item No.', 'Description', 'HS Code', 'FOB'],
      ...Array.from({ length: n }, (_, i) => [`${prefix}-${i}`, `Item ${i}`, '6109.10', '3.20']),
    ]);

  it('imports all-or-nothing and good-rows, re-imports by item number', async () => {
    const http = httpClient(url);
    const ex = await newExhibitor(url, 'imp-embedded');
    const first = await importFile(url, ex.token, rows(1200, 'E'), 'all-or-nothing', 'e.csv');
    expect(first).toMatchObject({ status: 'done', created: 1200, processedRows: 1200 });
    const again = await importFile(url, ex.token, rows(1300, 'E'), 'good-rows', 'e2.csv');
    expect(again).toMatchObject({ status: 'done', created: 100, updated: 1200 });
    expect((await http.get('/api/my/products?pageSize=1', ex.token)).body.total).toBe(1300);
    const r = (await http.get('/api/my/readiness?pageSize=1', ex.token)).body;
    expect(r.total).toBe(1300);
    expect(r.items[0]).toMatchObject({ category: 'T恤', wholesaleFen: 2953 });
  });

  it('cancels an all-or-nothing run right after it starts: nothing of it is kept', async () => {
    const http = httpClient(url);
    const ex = await newExhibitor(url, 'imp-embedded-cancel');
    const up = await uploadCatalog(url, ex.token, rows(3000, 'C'), 'c.csv');
    await http.put(`/api/my/imports/${up.body.id}/mapping`, { mapping: up.body.guessedMapping }, ex.token);
    await http.post(`/api/my/imports/${up.body.id}/run`, { mode: 'all-or-nothing' }, ex.token);
    expect((await http.post(`/api/my/imports/${up.body.id}/cancel`, {}, ex.token)).status).toBe(200);
    const end = await waitForImport(url, ex.token, up.body.id);
    expect([end.status, end.failure]).toEqual(['cancelled', null]);
    expect((await http.get('/api/my/products?pageSize=1', ex.token)).body.total).toBe(0);
  });
});
