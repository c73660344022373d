import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSupplierRow } from '../onboarding/supplier-row';
import { assess } from './assess';
import { DemandFacts, SupplierFacts } from './facts';
import { supplierFactsOf } from './from-row';
import { Matcher } from './matcher';
import { certMask, DemandTerms, pairPoints, productFeatures, supplierFeatures } from './pair-points';
import { TopK } from './top-k';

const fixture = join(__dirname, '../../../../test/fixtures/matching');
const lines = (f: string) =>
  readFileSync(join(fixture, f), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const now = new Date('2026-12-01T08:00:00Z');
const suppliers: SupplierFacts[] = lines('suppliers.jsonl').map((raw) => {
  const parsed = parseSupplierRow(raw);
  if (!('row' in parsed)) throw new Error(JSON.stringify(parsed.problems));
  return supplierFactsOf(parsed.row.ref, parsed.row);
});
const demands: DemandFacts[] = lines('demands.jsonl').map((d) => ({
  ...(d as unknown as DemandFacts),
  id: d.ref as string,
  buyerId: 'b',
  deadline: new Date(now.getTime() + (d.deadlineInDays as number) * 86_400_000 + 43_200_000),
}));

describe('first pass (pairPoints) and reasons (assess)', () => {
  it('give every pair of the evaluation set the same points, and rule out the same products', () => {
    const m = new Matcher();
    let pairs = 0;
    const disagree: string[] = [];
    for (const d of demands) {
      const category = m.categoryOf(d);
      const terms = new DemandTerms().set(d, category).at(now.getTime());
      for (const s of suppliers) {
        const sf = supplierFeatures(s);
        for (const p of s.products)
          for (const raw of [0, 2.5]) {
            const a = assess(d, s, p, { category, text: raw / (raw + 6), matched: [], now, explain: false });
            const points = pairPoints(terms, productFeatures(p, sf, certMask(s.certifications)), raw);
            if (a.excluded ? !Number.isNaN(points) : points !== a.points)
              disagree.push(`${d.id} ${p.id} ${raw}: ${points} ${a.points}`);
            pairs++;
          }
      }
    }
    expect(disagree).toEqual([]);
    expect(pairs).toBeGreaterThan(200_000);
  });
});

describe('the incremental index', () => {
  const rankAll = (m: Matcher) => ({
    suppliers: demands.slice(0, 60).map((d) => m.rankSuppliers(d, { now })),
    demands: suppliers.slice(0, 60).map((s) => m.rankDemands(s.id, { now })),
  });

  it('ranks after many replacements and removals exactly as an index built once from the final data', () => {
    const churned = new Matcher();
    for (const s of suppliers) churned.upsertSupplier(s);
    for (const d of demands) churned.upsertDemand(d);
    // Replace every supplier several times with altered copies (forces compaction and renumbering), remove some, put back the originals.
    for (let round = 0; round < 8; round++)
      for (const s of suppliers)
        churned.upsertSupplier({
          ...s,
          vatSpecialInvoice: !s.vatSpecialInvoice,
          products: s.products.map((p) => ({ ...p, title: `${p.title} 加厚 round${round}`, moq: p.moq * 2 })),
        });
    for (const s of suppliers.slice(0, 100)) churned.removeSupplier(s.id);
    for (const s of suppliers.slice(50)) churned.upsertSupplier(s);
    for (const d of demands.slice(0, 30)) churned.removeDemand(d.id);
    for (const d of demands.slice(0, 30)) churned.upsertDemand(d);
    // A need's category is read from the catalog when it is posted: post the others again on the final catalog, as fresh does.
    for (const d of demands.slice(30)) churned.upsertDemand({ ...d });

    const fresh = new Matcher();
    for (const s of suppliers.slice(50)) fresh.upsertSupplier(s);
    for (const d of demands) fresh.upsertDemand(d);
    expect(churned.productCount).toBe(fresh.productCount);
    expect(churned.supplier(suppliers[0].id)).toBeUndefined();
    expect(rankAll(churned)).toEqual(rankAll(fresh));
  });

  it('keeps the best `limit` in the heap exactly as a full sort would', () => {
    const xs = Array.from({ length: 500 }, (_, i) => ({ score: (i * 7919) % 97, key: `k${i}` }));
    const better = (a: (typeof xs)[0], b: (typeof xs)[0]) => a.score > b.score || (a.score === b.score && a.key < b.key);
    const top = new TopK(25, better);
    for (const x of xs) top.offer(x);
    const sorted = [...xs].sort((a, b) => (better(a, b) ? -1 : 1)).slice(0, 25);
    expect(top.sorted()).toEqual(sorted);
  });
});
