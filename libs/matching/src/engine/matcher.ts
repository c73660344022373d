import { MATCHING_WEIGHTS as W } from '../matching-weights';
import { addShares, analyzeQuery, pickCategory, Query, synonymVotes } from './analyze';
import { assess } from './assess';
import { CatalogIndex, IndexedSupplier } from './catalog-index';
import { DemandBook, DemandEntry, queryTerms } from './demand-book';
import { DemandFacts, ScoredPair, SupplierFacts } from './facts';
import { DemandTerms, pairPoints, partitionOf, PARTITIONS } from './pair-points';
import { TopK } from './top-k';

export interface RankOptions {
  limit?: number;
  now?: Date;
  /** Text relevance only (the evaluation's baseline). */
  textOnly?: boolean;
}

interface Pick<T> {
  score: number;
  key: string;
  item: T;
}
const better = (a: { score: number; key: string }, b: { score: number; key: string }) =>
  a.score > b.score || (a.score === b.score && a.key < b.key);

/**
 * The ranking over the in-memory index: suppliers with their products (CatalogIndex: BM25
 * postings by industry, precomputed features) and open demands (DemandBook). A ranking scores
 * the text once through the postings, counts the points of every candidate product with
 * `pairPoints` (numbers only), keeps the best `limit` in a bounded heap, and writes the reasons
 * (`assess`) for those alone.
 */
export class Matcher {
  private readonly catalog = new CatalogIndex();
  private readonly book = new DemandBook(this.catalog, (d) => this.categoryOf(d));
  // Per-ranking scratch, reused: BM25 of the docs touched in this pass (stamp === epoch).
  private epoch = 0;
  private stamp: number[] = [];
  private raw: number[] = [];
  private touched: number[] = [];
  private readonly terms = new DemandTerms();

  get supplierCount(): number {
    return this.catalog.suppliers.size;
  }
  get productCount(): number {
    return this.catalog.liveDocs;
  }
  get demandCount(): number {
    return this.book.entries.size;
  }
  supplier(id: string): SupplierFacts | undefined {
    return this.catalog.suppliers.get(id)?.facts;
  }

  upsertSupplier(s: SupplierFacts): void {
    this.catalog.upsert(s);
  }
  removeSupplier(id: string): void {
    this.catalog.remove(id);
  }
  upsertDemand(d: DemandFacts): void {
    this.book.upsert(d);
  }
  removeDemand(id: string): void {
    this.book.remove(id);
  }

  /**
   * The category the ranking uses for a demand: given; else read from the text by two voters.
   * The catalog: the categories of the catalog's best text matches (their BM25 scores vote,
   * shares weighted `catalogVote.weight`); words people really use for a product are in the
   * listings of that product, whatever the vocabulary knows. The vocabulary: each synonym
   * mention votes (shares weighted `synonymVote`), which decides when the catalog has no match
   * and breaks near ties. The industry with most votes wins, then its leaf. A stored demand keeps
   * the category read when it was posted (`matchedCategory`).
   */
  categoryOf(d: DemandFacts): string | null {
    if (d.categoryCode ?? d.matchedCategory) return d.categoryCode ?? d.matchedCategory ?? null;
    const votes = addShares(new Map(), this.catalogVotes(analyzeQuery(d.text)), W.catalogVote.weight);
    return pickCategory(addShares(votes, synonymVotes(d.text), W.synonymVote));
  }

  private catalogVotes(query: Query): Map<string, number> {
    const votes = new Map<string, number>();
    const { termIds, weights } = queryTerms(this.catalog, query, false);
    if (termIds.length === 0) return votes;
    this.score(termIds, weights, 0);
    const c = this.catalog;
    const best = new TopK<{ score: number; key: string; doc: number }>(W.catalogVote.neighbours, better);
    for (const doc of this.touched)
      if (c.features[doc].category >= 0) best.offer({ score: this.raw[doc], key: c.product[doc].id, doc });
    for (const { score, doc } of best.sorted()) {
      const code = c.product[doc].categoryCode!;
      votes.set(code, (votes.get(code) ?? 0) + score);
    }
    return votes;
  }

  /** Suppliers for a demand, best first, each with its score and reasons. */
  rankSuppliers(d: DemandFacts, opts: RankOptions = {}): ScoredPair[] {
    const now = opts.now ?? new Date();
    const limit = opts.limit ?? W.limit;
    // A stored demand with the same text was analyzed when it was stored.
    const stored = this.book.entries.get(d.id);
    const same = stored !== undefined && stored.demand.text === d.text;
    const query = same ? stored.query : analyzeQuery(d.text);
    const category = opts.textOnly
      ? null
      : (d.categoryCode ?? (same && stored.demand.categoryCode === null ? stored.category : this.categoryOf(d)));
    const { termIds, weights } = same ? stored : queryTerms(this.catalog, query, false);
    const partition = partitionOf(category);
    const epoch = this.score(termIds, weights, partition);
    const c = this.catalog;
    const picked: IndexedSupplier[] = [];
    const consider = (doc: number, points: number) => {
      const s = c.supplierOf[doc];
      if (s.seen !== epoch) {
        s.seen = epoch;
        s.best = points;
        s.bestDoc = doc;
        picked.push(s);
      } else if (points > s.best || (points === s.best && doc < s.bestDoc)) {
        s.best = points;
        s.bestDoc = doc;
      }
    };

    if (opts.textOnly) {
      for (const doc of this.touched) consider(doc, this.raw[doc]);
      const top = new TopK<Pick<IndexedSupplier>>(limit, better);
      for (const s of picked) top.offer({ score: s.best, key: s.facts.id, item: s });
      return top.sorted().map(({ item: s }) => ({
        supplierId: s.facts.id,
        demandId: d.id,
        score: s.best,
        productIds: [c.product[s.bestDoc].id],
        hard: 0,
        soft: 0,
        reasons: [],
      }));
    }

    const terms = this.terms.set(d, category).at(now.getTime());
    const isCandidate = (doc: number) =>
      c.alive[doc] && (partition > 0 ? c.partition[doc] === partition || this.stamp[doc] === epoch : this.stamp[doc] === epoch);
    const rawOf = (doc: number) => (this.stamp[doc] === epoch ? this.raw[doc] : 0);
    if (partition > 0) {
      // Every product of the demand's industry (category points even without a shared word) ...
      for (const doc of c.docsOf(partition)) {
        if (!c.alive[doc]) continue;
        const points = pairPoints(terms, c.features[doc], rawOf(doc));
        if (points === points) consider(doc, points);
      }
      // ... and products of no known category that share a word with it.
      for (const doc of this.touched)
        if (c.partition[doc] === 0) consider(doc, pairPoints(terms, c.features[doc], this.raw[doc]));
    } else for (const doc of this.touched) consider(doc, pairPoints(terms, c.features[doc], this.raw[doc]));

    const top = new TopK<Pick<IndexedSupplier>>(limit, better);
    for (const s of picked) top.offer({ score: s.best, key: s.facts.id, item: s });
    return top.sorted().map(({ item: s }) => {
      const docs = s.docs.filter(isCandidate);
      return this.explain(d, query, category, s, docs, rawOf, terms, now);
    });
  }

  /** Open demands for a supplier ("orders for you"), best first, with the same reasons. */
  rankDemands(supplierId: string, opts: RankOptions = {}): ScoredPair[] {
    const s = this.catalog.suppliers.get(supplierId);
    if (!s) return [];
    const now = opts.now ?? new Date();
    const c = this.catalog;
    const epoch = ++this.epoch;
    const docs = s.docs;
    // The supplier's terms: term -> its docs (slots in `docs`) with the BM25 saturation there.
    const avg = c.avgLength;
    const byTerm = new Map<number, { idf: number; slots: number[]; sats: number[] }>();
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k];
      const ts = c.terms[doc];
      for (let i = 0; i < ts.length; i++) {
        let e = byTerm.get(ts[i]);
        if (!e) byTerm.set(ts[i], (e = { idf: c.idf(ts[i]), slots: [], sats: [] }));
        e.slots.push(k);
        e.sats.push(c.saturation(c.tfs[doc][i], c.length[doc], avg));
      }
    }
    const rawSlots = new Array<number>(docs.length).fill(0);
    const textOf = (e: DemandEntry) => {
      rawSlots.fill(0);
      for (let i = 0; i < e.termIds.length; i++) {
        const t = byTerm.get(e.termIds[i]);
        if (!t) continue;
        const w = e.weights[i] * t.idf;
        for (let j = 0; j < t.slots.length; j++) rawSlots[t.slots[j]] += w * t.sats[j];
      }
    };

    // Demands it can meet: of its industries, of no known category, and (for its products of no known category) any sharing a word.
    const found: DemandEntry[] = [];
    const collect = (e: DemandEntry) => {
      if (e.seen !== epoch) {
        e.seen = epoch;
        found.push(e);
      }
    };
    const parts = new Set(docs.map((doc) => c.partition[doc]));
    for (const p of parts) if (p > 0) for (const e of this.book.inPartition(p)) collect(e);
    for (const e of this.book.inPartition(0)) collect(e);
    if (parts.has(0))
      for (const doc of docs)
        if (c.partition[doc] === 0) for (const t of c.terms[doc]) for (const e of this.book.withTerm(t) ?? []) collect(e);

    const points = (e: DemandEntry, k: number): number => {
      const doc = docs[k];
      const dp = c.partition[doc];
      if (e.partition > 0 && dp > 0 && dp !== e.partition) return NaN;
      if (rawSlots[k] === 0 && (e.category === null || dp === 0)) return NaN;
      return pairPoints(e.terms, c.features[doc], rawSlots[k]);
    };
    const nowMs = now.getTime();
    const top = new TopK<Pick<DemandEntry>>(opts.limit ?? W.limit, better);
    for (const e of found) {
      if (e.demand.deadline.getTime() <= nowMs) continue;
      e.terms.at(nowMs);
      textOf(e);
      let best = NaN;
      for (let k = 0; k < docs.length; k++) {
        const p = points(e, k);
        if (p > best || (best !== best && p === p)) best = p;
      }
      if (best === best) top.offer({ score: best, key: e.demand.id, item: e });
    }
    return top.sorted().map(({ item: e }) => {
      textOf(e);
      const slots = docs.map((_, k) => k).filter((k) => points(e, k) === points(e, k));
      const raw = new Map(slots.map((k) => [docs[k], rawSlots[k]]));
      return this.explain(
        e.demand,
        e.query,
        e.category,
        s,
        slots.map((k) => docs[k]),
        (doc) => raw.get(doc) ?? 0,
        e.terms,
        now,
      );
    });
  }

  /** BM25 of every doc sharing a term with the query (in the partition and partition 0, or all): `raw`, `touched`. */
  private score(termIds: number[], weights: number[], partition: number): number {
    const c = this.catalog;
    const epoch = ++this.epoch;
    const n = c.product.length;
    while (this.stamp.length < n) {
      this.stamp.push(0);
      this.raw.push(0);
    }
    const touched = this.touched;
    touched.length = 0;
    const avg = c.avgLength;
    for (let i = 0; i < termIds.length; i++) {
      const w = weights[i] * c.idf(termIds[i]);
      for (let part = 0; part < PARTITIONS; part++) {
        if (partition > 0 && part !== 0 && part !== partition) continue;
        const post = c.posting(termIds[i], part);
        if (!post) continue;
        for (let j = 0; j < post.docs.length; j++) {
          const doc = post.docs[j];
          if (!c.alive[doc]) continue;
          if (this.stamp[doc] !== epoch) {
            this.stamp[doc] = epoch;
            this.raw[doc] = 0;
            touched.push(doc);
          }
          this.raw[doc] += w * c.saturation(post.tf[j], c.length[doc], avg);
        }
      }
    }
    return epoch;
  }

  /** The reasons of a pair that made the list: its candidate docs ranked, the best one assessed. */
  private explain(
    d: DemandFacts,
    query: Query,
    category: string | null,
    s: IndexedSupplier,
    docs: number[],
    rawOf: (doc: number) => number,
    terms: DemandTerms,
    now: Date,
  ): ScoredPair {
    const c = this.catalog;
    const ranked = docs
      .map((doc) => ({ doc, points: pairPoints(terms, c.features[doc], rawOf(doc)) }))
      .filter((r) => r.points === r.points)
      .sort((a, b) => b.points - a.points);
    const best = ranked[0].doc;
    const raw = rawOf(best);
    const matched = raw > 0 ? this.matchedTerms(query, best) : [];
    const a = assess(d, s.facts, c.product[best], { category, text: raw / (raw + W.textHalf), matched, now });
    return {
      supplierId: s.facts.id,
      demandId: d.id,
      score: a.points,
      productIds: ranked.slice(0, 3).map((r) => c.product[r.doc].id),
      hard: a.hard,
      soft: a.soft,
      reasons: a.reasons,
    };
  }

  private matchedTerms(query: Query, doc: number): string[] {
    const out = new Set<string>();
    for (const t of query.terms.keys()) {
      if (t.startsWith('^')) continue; // bigrams and word parts: not words to show
      const id = this.catalog.termId(t);
      if (id >= 0 && this.catalog.tfOf(doc, id) > 0) out.add(query.labels.get(t) ?? t);
    }
    return [...out];
  }
}
