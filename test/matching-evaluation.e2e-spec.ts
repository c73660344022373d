import { mean, ndcgAt, recallAt } from '@livefair/matching';
import type { DemandWithSuggestions } from '@livefair/protocol';
import { httpClient } from './support/http';
import { newBuyer } from './support/live-fixture';
import { demandBody, evaluationSet, MATCHING_FIXTURE_DIR, MATCHING_HELDOUT_DIR, onboard } from './support/matching-fixture';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

/**
 * An evaluation set loaded the way a held-out set is: suppliers through the onboarding API,
 * each demand posted by a buyer over HTTP; the stored ranking is scored against the judgments.
 * A floor under the ranking's quality, so a regression fails. Each set gets its own app (and
 * database): the judgments grade only the set's own suppliers.
 */
const sets = [
  { name: 'the evaluation set', dir: MATCHING_FIXTURE_DIR, db: 'matcheval', minSuppliers: 300, minDemands: 200 },
  { name: 'the held-out set (other wording)', dir: MATCHING_HELDOUT_DIR, db: 'matchheld', minSuppliers: 200, minDemands: 120 },
];

describe.each(sets)('matching quality on $name (MariaDB + Redis, over the API)', ({ dir, db, minSuppliers, minDemands }) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startProductionApp(db, {
      DEMO_DATA: 'true',
      LOG_LEVEL: 'error',
      MATCHING_MAX_OPEN_DEMANDS: '1000',
      MATCHING_DEMANDS_PER_DAY: '1000',
    });
  });
  afterAll(() => t?.close());

  it('ranks with nDCG@10 >= 0.85 and recall@50 >= 0.95', async () => {
    const http = httpClient(t.url);
    const set = evaluationSet(dir);
    const organizer = (await http.post('/api/auth/login', { email: 'organizer@demo.livefair.cn', password: demoPassword(t) }))
      .body.accessToken;
    const report = await onboard(t.url, organizer, 'jsonl', set.suppliersJsonl);
    expect(report.status).toBe(201);
    expect(report.body.rejected).toEqual([]);
    const refOf = new Map(Object.entries(report.body.supplierIds as Record<string, string>).map(([ref, id]) => [id, ref]));
    expect(refOf.size).toBeGreaterThanOrEqual(minSuppliers);

    const buyer = await newBuyer(t.url, '评测买家');
    const ndcg: number[] = [];
    const recall: number[] = [];
    for (const d of set.demands) {
      const res = await http.post<DemandWithSuggestions>('/api/matching/demands', demandBody(d), buyer.token);
      expect(res.status).toBe(201);
      const ranked = res.body.suggestions.map((s) => refOf.get(s.supplier.id) ?? s.supplier.id);
      ndcg.push(ndcgAt(ranked, set.judgments[d.ref], 10));
      recall.push(recallAt(ranked, set.judgments[d.ref], 50));
    }
    expect(set.demands.length).toBeGreaterThanOrEqual(minDemands);
    expect(mean(ndcg)).toBeGreaterThanOrEqual(0.85);
    expect(mean(recall)).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
