import type { DemandWithSuggestions, OrderForYouView, SuggestionView } from '@livefair/protocol';
import { loadConfig } from '@livefair/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startAllInOne } from '../apps/all-in-one/src/start-all-in-one';
import { MatchProduct } from '../libs/matching/src/entities/match-product.entity';
import { MatchSupplier } from '../libs/matching/src/entities/match-supplier.entity';
import { MatchIndex, RECONCILE_MS } from '../libs/matching/src/match-index.service';
import { newExhibitor, productBody, skuBody } from './support/catalog';
import { httpClient } from './support/http';
import { newOrganizer } from './support/expo-fixture';
import { newBuyer } from './support/live-fixture';
import { onboard } from './support/matching-fixture';
import { startApiReplica, startProductionApp, TestApp } from './support/test-app';

const env = { DEMO_DATA: 'false', LOG_LEVEL: 'error' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

/**
 * The enterprise profile reaches the ranking: an exhibitor's change of province or VAT special
 * invoice (PUT /api/my/enterprise/profile) re-derives its supplier profile through the queued
 * refresh job, and the next ranking of a need gives the new reasons. On MariaDB + Redis the need
 * is ranked by a second API process (its in-memory index loaded before the change); and on the
 * embedded engine. And the index's reconciliation: a write the `updatedAt` delta read cannot see
 * (stamped long before its commit) or a deleted supplier reaches the index within RECONCILE_MS.
 */
describe.each([
  ['MariaDB + Redis, ranked by another API process', true],
  ['the embedded engine', false],
] as const)('enterprise profile to ranking on %s', (_name, replicated) => {
  let t: TestApp;
  let rankUrl: string;
  let closeReplica: (() => Promise<void>) | null = null;
  let rankApp: TestApp['app'];

  beforeAll(async () => {
    if (replicated) t = await startProductionApp('matching-profile', env);
    else {
      const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-matchprof-')), MEDIASOUP_WORKERS: '1', ...env });
      const { app, url } = await startAllInOne(config, 0, false);
      t = { app, url, config, db: null, close: () => app.close() };
    }
    rankUrl = t.url;
    rankApp = t.app;
    if (replicated) {
      const replica = await startApiReplica(t);
      rankUrl = replica.url;
      rankApp = replica.app;
      closeReplica = replica.close;
    }
  });
  afterAll(async () => {
    await closeReplica?.();
    await t?.close();
  });

  it('a changed province and VAT flag give the next ranking the matching reasons', async () => {
    const http = httpClient(t.url);
    const ranker = httpClient(rankUrl);
    const ds = t.app.get(DataSource);
    const ex = await newExhibitor(t.url, 'prof');
    const product = await http.post(
      '/api/my/products',
      productBody({
        name: '304不锈钢真空保温杯 500ml',
        nameEn: 'Vacuum flask',
        category: '保温杯',
        certifications: [],
        skus: [skuBody(1, { moq: 100, retailPriceFen: 2500, leadTimeDays: 10, tiers: [{ minQty: 100, unitPriceFen: 2000 }] })],
      }),
      ex.token,
    );
    expect(product.status).toBe(201);
    expect((await http.post(`/api/my/products/${product.body.id}/publish`, {}, ex.token)).status).toBe(200);
    const derived = async () =>
      (
        await ds.query(
          'SELECT s.province, s.vatSpecialInvoice, (SELECT COUNT(*) FROM matching_products p WHERE p.supplierId = s.id) AS products FROM matching_suppliers s WHERE s.sourceKey = ?',
          [`enterprise:${ex.enterpriseId}`],
        )
      )[0] as { province: string | null; vatSpecialInvoice: number | boolean; products: number | string } | undefined;
    const waitFor = async (ok: (row: Awaited<ReturnType<typeof derived>>) => boolean) => {
      for (let i = 0; i < 150; i++) {
        const row = await derived();
        if (ok(row)) return row;
        await sleep(100);
      }
      throw new Error(`the derived supplier never got there: ${JSON.stringify(await derived())}`);
    };
    // The published product's refresh is the last one the catalog queues: after it, only the profile's event can change the row.
    await waitFor((row) => Number(row?.products) === 1);

    const buyer = await newBuyer(t.url);
    const posted = await ranker.post<DemandWithSuggestions>(
      '/api/matching/demands',
      {
        text: '求购不锈钢保温杯 500ml',
        quantity: 1000,
        unit: '个',
        targetUnitPriceFen: 2600,
        deliveryProvince: '广东',
        deadline: inDays(40),
        vatInvoice: true,
        prefersLocal: true,
      },
      buyer.token,
    );
    expect(posted.status).toBe(201);
    const mineIn = (list: SuggestionView[]) => list.find((s) => s.supplier.enterpriseId === ex.enterpriseId)!;
    const codes = (s: { reasons: { code: string; kind: string }[] }) => s.reasons.map((r) => `${r.code}:${r.kind}`);
    const before = mineIn(posted.body.suggestions);
    expect(codes(before)).toEqual(expect.arrayContaining(['VAT_INVOICE_NOT_OFFERED:hard', 'REGION_FAR:hard']));
    expect(before.supplier).toMatchObject({ province: null, vatSpecialInvoice: false });

    // The exhibitor fills in its trade profile: Guangdong, issues VAT special invoices.
    const put = await http.put(
      '/api/my/enterprise/profile',
      { province: '440000', city: '深圳市', vatSpecialInvoice: true, oem: true },
      ex.token,
    );
    expect(put.status).toBe(200);
    await waitFor((row) => row?.province === '广东' && Boolean(row.vatSpecialInvoice));

    const reranked = await ranker.post<DemandWithSuggestions>(`/api/matching/demands/${posted.body.id}/rerank`, {}, buyer.token);
    expect(reranked.status).toBe(200);
    const after = mineIn(reranked.body.suggestions);
    expect(after.supplier).toMatchObject({ province: '广东', city: '深圳市', vatSpecialInvoice: true, oem: true });
    expect(codes(after)).toEqual(expect.arrayContaining(['VAT_INVOICE_OK:match', 'REGION_SAME_PROVINCE:match']));
    expect(codes(after)).not.toEqual(expect.arrayContaining(['VAT_INVOICE_NOT_OFFERED:hard']));
    expect(after.reasons.find((r) => r.code === 'REGION_SAME_PROVINCE')?.params).toEqual({ province: '广东' });
    expect(after.hard).toBe(before.hard - 2);
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.rank).toBeLessThanOrEqual(before.rank!);

    // Its orders for you (on the ranking process) give the same pair the same reasons.
    const forYou = await ranker.get<OrderForYouView[]>('/api/matching/orders-for-you', ex.token);
    const item = forYou.body.find((o) => o.demand.id === posted.body.id)!;
    expect(item.score).toBe(after.score);
    expect(item.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['VAT_INVOICE_OK', 'REGION_SAME_PROVINCE']));

    // And back: no VAT invoices any more, the next ranking says so.
    expect((await http.put('/api/my/enterprise/profile', { province: '440000', oem: true }, ex.token)).status).toBe(200);
    await waitFor((row) => row?.province === '广东' && !row.vatSpecialInvoice);
    const again = await ranker.post<DemandWithSuggestions>(`/api/matching/demands/${posted.body.id}/rerank`, {}, buyer.token);
    expect(codes(mineIn(again.body.suggestions))).toEqual(
      expect.arrayContaining(['VAT_INVOICE_NOT_OFFERED:hard', 'REGION_SAME_PROVINCE:match']),
    );
  });

  it('a write the delta read misses (committed long after its updatedAt, or a row gone) is caught by the reconciliation', async () => {
    const ds = t.app.get(DataSource);
    const line = (ref: string) =>
      JSON.stringify({
        ref,
        name: `对账供应商 ${ref}`,
        province: '浙江',
        vatSpecialInvoice: false,
        products: [{ title: 'LED平板灯 600x600', categoryCode: 'lighting.panel', moq: 10, certifications: ['CCC'] }],
      });
    const organizer = await newOrganizer(t, 'reconcile');
    const onboarded = await onboard(t.url, organizer.token, 'jsonl', [line('r1'), line('r2')].join('\n'));
    expect(onboarded.status).toBe(201);
    const ids = onboarded.body.supplierIds as Record<string, string>;
    const index = rankApp.get(MatchIndex);
    await index.sync();
    const ranked = () =>
      index.matcher.rankSuppliers({
        id: 'probe',
        buyerId: 'b',
        text: 'LED平板灯',
        categoryCode: null,
        quantity: 100,
        unit: '个',
        targetUnitPriceFen: null,
        deliveryProvince: '浙江',
        deadline: new Date(Date.now() + 20 * 86_400_000),
        certifications: [],
        oem: false,
        sampleFirst: false,
        vatInvoice: true,
        prefersLocal: false,
      });
    const vatOf = (id: string) =>
      ranked()
        .find((p) => p.supplierId === id)
        ?.reasons.find((r) => r.code.startsWith('VAT_'))?.code;
    expect(vatOf(ids.r1)).toBe('VAT_INVOICE_NOT_OFFERED');

    // Another process's write stamped an hour before it committed; and a supplier deleted.
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await ds.getRepository(MatchSupplier).update({ id: ids.r1 }, { vatSpecialInvoice: true, updatedAt: anHourAgo });
    await ds.getRepository(MatchProduct).delete({ supplierId: ids.r2 });
    await ds.getRepository(MatchSupplier).delete({ id: ids.r2 });
    await index.sync();
    expect(vatOf(ids.r1)).toBe('VAT_INVOICE_NOT_OFFERED'); // the delta read cannot see it
    expect(ranked().map((p) => p.supplierId)).toContain(ids.r2);

    // RECONCILE_MS later, the next sync compares every row's updatedAt with the index.
    const realNow = Date.now;
    const later = realNow() + RECONCILE_MS + 1_000;
    Date.now = () => later;
    try {
      await index.sync();
    } finally {
      Date.now = realNow;
    }
    expect(vatOf(ids.r1)).toBe('VAT_INVOICE_OK');
    expect(ranked().map((p) => p.supplierId)).not.toContain(ids.r2);
  });
});
