// Matching bench: ranking quality on the evaluation set (test/fixtures/matching) for the
// project's ranking and, in the same run, a BM25-only baseline; then latency at scale on
// synthetic data from the same generators: BENCH_SUPPLIERS (10000) suppliers of
// BENCH_PRODUCTS (5) products each with BENCH_DEMANDS (1000) open demands, each demand ranked
// once (p95 per demand), then BENCH_OFY_DEMANDS (10000) open demands and "orders for you" for
// BENCH_OFY_SUPPLIERS (500) suppliers (p95 per supplier). BENCH_QUICK=1 skips the scale part.
// Besides wall-clock percentiles it prints the CPU time per call (process.cpuUsage), which a
// loaded machine inflates far less. `ndcg_at_10_unknown_words` ranks the same needs with every
// synonym-vocabulary word taken out of their texts and no category given: how the ranking fares
// on words its vocabulary does not know (a proxy for a held-out set written with other words).
// `heldout_*` rank the held-out set (test/fixtures/matching-heldout: the same rules, other wording)
// and its BM25-only baseline; `category_read_p95_ms` times reading a need's category from its
// text at scale (done once, when a need is posted).
//
// It measures the ranking engine the API runs (dist/, in process, index in memory); the HTTP
// round trip and the write of the stored suggestions are not in these figures.
// Progress goes to stderr; the last stdout line is one JSON object of the figures.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateDemands, generateSuppliers, rng } from '../../test/fixtures/matching/generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { Matcher } = require(join(root, 'dist/libs/matching/src/engine/matcher.js'));
const { supplierFactsOf } = require(join(root, 'dist/libs/matching/src/engine/from-row.js'));
const { parseSupplierRow } = require(join(root, 'dist/libs/matching/src/onboarding/supplier-row.js'));
const { mean, ndcgAt, percentile, recallAt } = require(join(root, 'dist/libs/matching/src/evaluation/metrics.js'));
const { synonymGroups } = require(join(root, 'dist/libs/matching/src/engine/vocabulary.js'));

const num = (name, def) => Number(process.env[name] ?? def);
const SUPPLIERS = num('BENCH_SUPPLIERS', 10000);
const PRODUCTS = num('BENCH_PRODUCTS', 5);
const DEMANDS = num('BENCH_DEMANDS', 1000);
const OFY_DEMANDS = num('BENCH_OFY_DEMANDS', 10000);
const OFY_SUPPLIERS = num('BENCH_OFY_SUPPLIERS', 500);
const QUICK = process.env.BENCH_QUICK === '1';
const log = (line) => process.stderr.write(`[bench:matching ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

const DAY = 86_400_000;
const asDemand = (d, now) => ({ ...d, id: d.ref, buyerId: 'bench', deadline: new Date(now + d.deadlineInDays * DAY + DAY / 2) });
const toFacts = (raw) => {
  const parsed = parseSupplierRow(raw);
  if ('problems' in parsed) throw new Error(`supplier ${raw.ref}: ${JSON.stringify(parsed.problems)}`);
  return supplierFactsOf(parsed.row.ref, parsed.row);
};

// 1. Quality on the evaluation set.
const fixture = join(root, 'test/fixtures/matching');
const lines = (f) =>
  readFileSync(join(fixture, f), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const judgments = JSON.parse(readFileSync(join(fixture, 'judgments.json'), 'utf8'));
const evalSuppliers = lines('suppliers.jsonl');
const evalDemands = lines('demands.jsonl');
const m = new Matcher();
for (const s of evalSuppliers) m.upsertSupplier(toFacts(s));
const now = Date.now();
const q = { ndcg: [], recall: [], bNdcg: [], bRecall: [] };
for (const d of evalDemands) {
  const demand = asDemand(d, now);
  const ranked = m.rankSuppliers(demand, { now: new Date(now) }).map((p) => p.supplierId);
  const base = m.rankSuppliers(demand, { now: new Date(now), textOnly: true }).map((p) => p.supplierId);
  q.ndcg.push(ndcgAt(ranked, judgments[d.ref], 10));
  q.recall.push(recallAt(ranked, judgments[d.ref], 50));
  q.bNdcg.push(ndcgAt(base, judgments[d.ref], 10));
  q.bRecall.push(recallAt(base, judgments[d.ref], 50));
}
// The same needs with the vocabulary's words taken out (longest first) and no category given.
const vocabularyWords = synonymGroups.flatMap((g) => g.terms).sort((a, b) => b.length - a.length);
const withoutVocabulary = (text) => vocabularyWords.reduce((t, w) => t.split(w).join(' '), text);
const u = { ndcg: [], recall: [] };
for (const d of evalDemands) {
  const demand = { ...asDemand(d, now), id: `u-${d.ref}`, text: withoutVocabulary(d.text), categoryCode: null };
  const ranked = m.rankSuppliers(demand, { now: new Date(now) }).map((p) => p.supplierId);
  u.ndcg.push(ndcgAt(ranked, judgments[d.ref], 10));
  u.recall.push(recallAt(ranked, judgments[d.ref], 50));
}
// The held-out set (test/fixtures/matching-heldout): other wording, the same rules.
const heldout = join(root, 'test/fixtures/matching-heldout');
const heldLines = (f) =>
  readFileSync(join(heldout, f), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const heldJudgments = JSON.parse(readFileSync(join(heldout, 'judgments.json'), 'utf8'));
const heldSuppliers = heldLines('suppliers.jsonl');
const heldDemands = heldLines('demands.jsonl');
const hm = new Matcher();
for (const s of heldSuppliers) hm.upsertSupplier(toFacts(s));
const h = { ndcg: [], recall: [], bNdcg: [], bRecall: [] };
for (const d of heldDemands) {
  const demand = asDemand(d, now);
  const ranked = hm.rankSuppliers(demand, { now: new Date(now) }).map((p) => p.supplierId);
  const base = hm.rankSuppliers(demand, { now: new Date(now), textOnly: true }).map((p) => p.supplierId);
  h.ndcg.push(ndcgAt(ranked, heldJudgments[d.ref], 10));
  h.recall.push(recallAt(ranked, heldJudgments[d.ref], 50));
  h.bNdcg.push(ndcgAt(base, heldJudgments[d.ref], 10));
  h.bRecall.push(recallAt(base, heldJudgments[d.ref], 50));
}
const quality = {
  ndcg_at_10: round(mean(q.ndcg)),
  recall_at_50: round(mean(q.recall)),
  baseline_ndcg_at_10: round(mean(q.bNdcg)),
  baseline_recall_at_50: round(mean(q.bRecall)),
  ndcg_at_10_unknown_words: round(mean(u.ndcg)),
  recall_at_50_unknown_words: round(mean(u.recall)),
  eval_suppliers: evalSuppliers.length,
  eval_demands: evalDemands.length,
  heldout_ndcg_at_10: round(mean(h.ndcg)),
  heldout_recall_at_50: round(mean(h.recall)),
  heldout_baseline_ndcg_at_10: round(mean(h.bNdcg)),
  heldout_baseline_recall_at_50: round(mean(h.bRecall)),
  heldout_suppliers: heldSuppliers.length,
  heldout_demands: heldDemands.length,
};
log(`quality: ${JSON.stringify(quality)}`);

// 2. Latency at scale.
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
let scale = { p95_ms: null, p50_ms: null, orders_for_you_p95_ms: null, suppliers: 0, products: 0, demands: 0, ofy_demands: 0 };
if (!QUICK) {
  const r = rng(7);
  const perLeaf = Math.ceil(SUPPLIERS / 51);
  const generated = generateSuppliers(r, { perLeaf, duplicates: 0, productsPerSupplier: PRODUCTS }).slice(0, SUPPLIERS);
  const big = new Matcher();
  let t0 = performance.now();
  for (const s of generated) big.upsertSupplier(toFacts(s));
  log(`indexed ${big.supplierCount} suppliers, ${big.productCount} products in ${Math.round(performance.now() - t0)} ms`);
  const demands = generateDemands(r, generated, Math.max(DEMANDS, OFY_DEMANDS)).map((d) => asDemand(d, now));
  for (const d of demands.slice(0, DEMANDS)) big.upsertDemand(d);
  for (const d of demands.slice(0, 20)) big.rankSuppliers(d); // warm-up
  const times = [];
  let cpu0 = cpuMs();
  for (const d of demands.slice(0, DEMANDS)) {
    t0 = performance.now();
    big.rankSuppliers(d);
    times.push(performance.now() - t0);
  }
  const cpuPerDemand = (cpuMs() - cpu0) / times.length;
  log(
    `ranked ${times.length} demands: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, CPU ${cpuPerDemand.toFixed(2)} ms each`,
  );
  // Reading a need's category from its text (done once, when it is posted): the catalog's vote.
  const reads = [];
  for (const d of demands.slice(0, DEMANDS)) {
    t0 = performance.now();
    big.categoryOf({ ...d, categoryCode: null });
    reads.push(performance.now() - t0);
  }
  log(`read the category of ${reads.length} demands: p95 ${percentile(reads, 95).toFixed(2)} ms`);
  for (const d of demands.slice(DEMANDS, OFY_DEMANDS)) big.upsertDemand(d);
  const ofy = [];
  const step = Math.max(1, Math.floor(generated.length / OFY_SUPPLIERS));
  cpu0 = cpuMs();
  for (let i = 0; i < generated.length && ofy.length < OFY_SUPPLIERS; i += step) {
    t0 = performance.now();
    big.rankDemands(generated[i].ref);
    ofy.push(performance.now() - t0);
  }
  const cpuPerSupplier = (cpuMs() - cpu0) / ofy.length;
  log(
    `orders for you over ${big.demandCount} open demands for ${ofy.length} suppliers: p95 ${percentile(ofy, 95).toFixed(2)} ms, CPU ${cpuPerSupplier.toFixed(2)} ms each`,
  );
  scale = {
    p95_ms: round(percentile(times, 95)),
    p50_ms: round(percentile(times, 50)),
    orders_for_you_p95_ms: round(percentile(ofy, 95)),
    category_read_p95_ms: round(percentile(reads, 95)),
    cpu_ms_per_demand: round(cpuPerDemand),
    orders_for_you_cpu_ms: round(cpuPerSupplier),
    suppliers: big.supplierCount,
    products: big.productCount,
    demands: DEMANDS,
    ofy_demands: big.demandCount,
  };
}

console.log(
  JSON.stringify({
    ...quality,
    ...scale,
    targets: { ndcg_at_10: 0.85, recall_at_50: 0.95, p95_ms: 50, orders_for_you_p95_ms: 50 },
  }),
);

function round(x) {
  return Math.round(x * 1000) / 1000;
}
