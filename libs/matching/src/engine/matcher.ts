import { MATCHING_WEIGHTS as W } from '../matching-weights';
import { analyzeQuery, inferCategory, Query } from './analyze';
import { assess } from './assess';
import { DemandFacts, ProductFacts, ScoredPair, SupplierFacts } from './facts';
import { conceptToken, detectConcepts, tokenize } from './text';
import { categoryVocabulary } from './vocabulary';

interface ProductDoc {
  product: ProductFacts;
  supplierId: string;
  /** The industry of its category; undefined when its category is unknown. */
  industry: string | undefined;
  /** Term -> field-weighted frequency. */
  tf: Map<string, number>;
  length: number;
}

interface DemandEntry {
  demand: DemandFacts;
  query: Query;
  category: string | null;
}

export interface RankOptions {
  limit?: number;
  now?: Date;
  /** Text relevance only (the evaluation's baseline). */
  textOnly?: boolean;
}

/**
 * The in-memory index the ranking reads: suppliers with their products (BM25 postings over
 * titles, descriptions and tags, with synonym concept tokens), and open demands by category.
 */
export class Matcher {
  private readonly suppliers = new Map<string, SupplierFacts>();
  private readonly docs = new Map<string, ProductDoc>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly bySupplierCategory = new Map<string, Set<string>>();
  private readonly demands = new Map<string, DemandEntry>();
  private readonly demandsByIndustry = new Map<string, Set<string>>();
  private totalLength = 0;

  get supplierCount(): number {
    return this.suppliers.size;
  }
  get productCount(): number {
    return this.docs.size;
  }
  get demandCount(): number {
    return this.demands.size;
  }
  supplier(id: string): SupplierFacts | undefined {
    return this.suppliers.get(id);
  }

  upsertSupplier(s: SupplierFacts): void {
    this.removeSupplier(s.id);
    this.suppliers.set(s.id, s);
    for (const p of s.products) {
      const doc = productDoc(p, s.id);
      this.docs.set(p.id, doc);
      this.totalLength += doc.length;
      for (const term of doc.tf.keys()) setOf(this.postings, term).add(p.id);
      if (p.categoryCode) {
        setOf(this.bySupplierCategory, p.categoryCode).add(s.id);
        const ind = categoryVocabulary.industryOf(p.categoryCode);
        if (ind) setOf(this.bySupplierCategory, ind).add(s.id);
      }
    }
  }

  removeSupplier(id: string): void {
    const s = this.suppliers.get(id);
    if (!s) return;
    for (const p of s.products) {
      const doc = this.docs.get(p.id);
      if (!doc) continue;
      this.totalLength -= doc.length;
      for (const term of doc.tf.keys()) dropFrom(this.postings, term, p.id);
      this.docs.delete(p.id);
    }
    for (const code of new Set(
      s.products.flatMap((p) => (p.categoryCode ? [p.categoryCode, categoryVocabulary.industryOf(p.categoryCode)] : [])),
    ))
      if (code) dropFrom(this.bySupplierCategory, code, id);
    this.suppliers.delete(id);
  }

  upsertDemand(d: DemandFacts): void {
    this.removeDemand(d.id);
    const category = d.categoryCode ?? inferCategory(d.text);
    this.demands.set(d.id, { demand: d, query: analyzeQuery(d.text), category });
    setOf(this.demandsByIndustry, (category && categoryVocabulary.industryOf(category)) ?? '').add(d.id);
  }

  removeDemand(id: string): void {
    const e = this.demands.get(id);
    if (!e) return;
    dropFrom(this.demandsByIndustry, (e.category && categoryVocabulary.industryOf(e.category)) ?? '', id);
    this.demands.delete(id);
  }

  /** The category the ranking uses for a demand (given, else inferred from its text). */
  categoryOf(d: DemandFacts): string | null {
    return d.categoryCode ?? inferCategory(d.text);
  }

  /** Suppliers for a demand, best first, each with its score and reasons. */
  rankSuppliers(d: DemandFacts, opts: RankOptions = {}): ScoredPair[] {
    const now = opts.now ?? new Date();
    const query = analyzeQuery(d.text);
    const category = opts.textOnly ? null : this.categoryOf(d);
    const industry = category ? categoryVocabulary.industryOf(category) : undefined;
    const bm25 = this.scoreProducts(query, industry);
    const candidates = new Set<string>();
    for (const pid of bm25.keys()) candidates.add(this.docs.get(pid)!.supplierId);
    if (industry) for (const id of this.bySupplierCategory.get(industry) ?? []) candidates.add(id);
    const limit = opts.limit ?? W.limit;
    if (opts.textOnly) {
      const out: ScoredPair[] = [];
      for (const sid of candidates) {
        const pair = this.textOnlyPair(d, this.suppliers.get(sid)!, bm25);
        if (pair) out.push(pair);
      }
      return top(out, limit);
    }
    const q = { query, category };
    const out: Candidate[] = [];
    for (const sid of candidates) {
      const c = this.pair(d, q, this.suppliers.get(sid)!, (pid) => bm25.get(pid) ?? 0, now);
      if (c) out.push(c);
    }
    return top(out, limit).map((c) => this.explain(c, d, q, now));
  }

  /** Open demands for a supplier ("orders for you"), best first, with the same reasons. */
  rankDemands(supplierId: string, opts: RankOptions = {}): ScoredPair[] {
    const s = this.suppliers.get(supplierId);
    if (!s) return [];
    const now = opts.now ?? new Date();
    const industries = new Set(
      s.products.map((p) => (p.categoryCode ? categoryVocabulary.industryOf(p.categoryCode) : undefined)),
    );
    const ids = new Set<string>(this.demandsByIndustry.get('') ?? []);
    for (const ind of industries) if (ind) for (const id of this.demandsByIndustry.get(ind) ?? []) ids.add(id);
    const out: Candidate[] = [];
    for (const id of ids) {
      const e = this.demands.get(id)!;
      if (e.demand.deadline.getTime() <= now.getTime()) continue;
      const c = this.pair(e.demand, e, s, (pid) => this.bm25Of(e.query, pid), now);
      if (c) out.push(c);
    }
    return top(out, opts.limit ?? W.limit).map((c) => {
      const e = this.demands.get(c.demandId)!;
      return this.explain(c, e.demand, e, now);
    });
  }

  private pair(
    d: DemandFacts,
    q: { query: Query; category: string | null },
    s: SupplierFacts,
    bm25: (productId: string) => number,
    now: Date,
  ): Candidate | null {
    let best: Candidate | null = null;
    const ranked: { pid: string; points: number }[] = [];
    const industry = q.category ? categoryVocabulary.industryOf(q.category) : undefined;
    for (const p of s.products) {
      // A product of another industry than the demand's is a look-alike at best: never scored.
      const own = this.docs.get(p.id)?.industry;
      if (industry && own && own !== industry) continue;
      const raw = bm25(p.id);
      if (q.category === null && raw === 0) continue;
      const text = raw / (raw + W.textHalf);
      const a = assess(d, s, p, { category: q.category, text, matched: [], now, explain: false });
      if (a.excluded) continue;
      ranked.push({ pid: p.id, points: a.points });
      if (!best || a.points > best.score)
        best = { supplierId: s.id, demandId: d.id, score: a.points, product: p, text, raw, productIds: [] };
    }
    if (!best) return null;
    ranked.sort((a, b) => b.points - a.points);
    best.productIds = ranked.slice(0, 3).map((r) => r.pid);
    return best;
  }

  /** The reasons of a candidate that made the list (the first pass counted points only). */
  private explain(c: Candidate, d: DemandFacts, q: { query: Query; category: string | null }, now: Date): ScoredPair {
    const s = this.suppliers.get(c.supplierId)!;
    const matched = c.raw > 0 ? this.matchedTerms(q.query, c.product.id) : [];
    const a = assess(d, s, c.product, { category: q.category, text: c.text, matched, now });
    return {
      supplierId: c.supplierId,
      demandId: c.demandId,
      score: a.points,
      productIds: c.productIds,
      hard: a.hard,
      soft: a.soft,
      reasons: a.reasons,
    };
  }

  private textOnlyPair(d: DemandFacts, s: SupplierFacts, bm25: Map<string, number>): ScoredPair | null {
    let score = 0;
    let pid = '';
    for (const p of s.products) {
      const v = bm25.get(p.id) ?? 0;
      if (v > score) [score, pid] = [v, p.id];
    }
    return score > 0 ? { supplierId: s.id, demandId: d.id, score, productIds: [pid], hard: 0, soft: 0, reasons: [] } : null;
  }

  /**
   * BM25 of every product that shares a term with the query; with an industry, only its products
   * and those of no known category (the others cannot be listed).
   */
  private scoreProducts(query: Query, industry?: string): Map<string, number> {
    const scores = new Map<string, number>();
    const n = this.docs.size;
    const avg = n ? this.totalLength / n : 1;
    for (const [term, qw] of query.terms) {
      const post = this.postings.get(term);
      if (!post) continue;
      const idf = Math.log(1 + (n - post.size + 0.5) / (post.size + 0.5));
      for (const pid of post) {
        const doc = this.docs.get(pid)!;
        if (industry && doc.industry !== undefined && doc.industry !== industry) continue;
        scores.set(pid, (scores.get(pid) ?? 0) + qw * idf * saturate(doc.tf.get(term)!, doc.length, avg));
      }
    }
    return scores;
  }

  private bm25Of(query: Query, productId: string): number {
    const doc = this.docs.get(productId);
    if (!doc) return 0;
    const n = this.docs.size;
    const avg = n ? this.totalLength / n : 1;
    let score = 0;
    for (const [term, qw] of query.terms) {
      const tf = doc.tf.get(term);
      if (!tf) continue;
      const df = this.postings.get(term)?.size ?? 0;
      score += qw * Math.log(1 + (n - df + 0.5) / (df + 0.5)) * saturate(tf, doc.length, avg);
    }
    return score;
  }

  private matchedTerms(query: Query, productId: string): string[] {
    const doc = this.docs.get(productId)!;
    return [...new Set([...query.terms.keys()].filter((t) => doc.tf.has(t)).map((t) => query.labels.get(t) ?? t))];
  }
}

function saturate(tf: number, length: number, avg: number): number {
  const { k1, b } = W.bm25;
  return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / avg));
}

/** A product's field-weighted term frequencies (BM25F-style), concept tokens included. */
function productDoc(p: ProductFacts, supplierId: string): ProductDoc {
  const tf = new Map<string, number>();
  let length = 0;
  const field = (text: string, weight: number) => {
    for (const t of tokenize(text)) {
      tf.set(t, (tf.get(t) ?? 0) + weight);
      length += weight;
    }
    for (const hit of detectConcepts(text)) {
      const tok = conceptToken(hit.group);
      tf.set(tok, (tf.get(tok) ?? 0) + weight);
    }
  };
  const f = W.bm25.fields;
  field(`${p.title} ${p.titleEn}`, f.title);
  field(p.tags.join(' '), f.tags);
  field(p.description, f.description);
  const industry = p.categoryCode ? categoryVocabulary.industryOf(p.categoryCode) : undefined;
  return { product: p, supplierId, industry, tf, length: Math.max(1, length) };
}

/** A scored pair before its reasons are written out. */
interface Candidate {
  supplierId: string;
  demandId: string;
  score: number;
  product: ProductFacts;
  text: number;
  raw: number;
  productIds: string[];
}

function top<T extends { score: number; supplierId: string; demandId: string }>(pairs: T[], limit: number): T[] {
  return pairs
    .sort((a, b) => b.score - a.score || (a.supplierId + a.demandId < b.supplierId + b.demandId ? -1 : 1))
    .slice(0, limit);
}

function setOf<K, V>(m: Map<K, Set<V>>, k: K): Set<V> {
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  return s;
}

function dropFrom<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const s = m.get(k);
  if (!s) return;
  s.delete(v);
  if (s.size === 0) m.delete(k);
}
