import { MATCHING_WEIGHTS as W } from '../matching-weights';
import { ProductFacts, SupplierFacts } from './facts';
import {
  certMask,
  partitionOf,
  PARTITIONS,
  ProductFeatures,
  productFeatures,
  SupplierFeatures,
  supplierFeatures,
} from './pair-points';
import { conceptToken, detectConcepts, secondaryTokens, tokenize } from './text';

/** The docs of one term in one partition (industry); removed docs stay until compacted. */
interface Posting {
  docs: number[];
  tf: number[];
  dead: number;
}

/** A growable list of doc ids with lazily dropped removed ones. */
interface DocList {
  docs: number[];
  dead: number;
}

export interface IndexedSupplier {
  facts: SupplierFacts;
  features: SupplierFeatures;
  /** Its products' docs, in its products' order. */
  docs: number[];
  /** Scratch of a ranking pass: the pass that saw it last, its best points there and that doc. */
  seen: number;
  best: number;
  bestDoc: number;
}

/**
 * Suppliers and their products as the ranking reads them: each product is a doc with a dense
 * integer id, its BM25F term frequencies (titles, tags, descriptions, synonym concept tokens)
 * in postings split by industry, its precomputed structured features, and its industry's doc
 * list. Updates are incremental: a changed supplier's old docs are marked dead (document
 * frequencies and lengths drop at once, postings are compacted when half dead) and new docs
 * appended; ids are renumbered when dead docs outnumber live ones.
 */
export class CatalogIndex {
  readonly suppliers = new Map<string, IndexedSupplier>();
  private readonly termIds = new Map<string, number>();
  readonly termText: string[] = [];
  private df: number[] = [];
  private postings: (Posting | undefined)[][] = [];

  // Per doc.
  product: ProductFacts[] = [];
  supplierOf: IndexedSupplier[] = [];
  features: ProductFeatures[] = [];
  partition: number[] = [];
  length: number[] = [];
  alive: boolean[] = [];
  terms: number[][] = [];
  tfs: number[][] = [];

  private byPartition: DocList[] = Array.from({ length: PARTITIONS }, () => ({ docs: [], dead: 0 }));
  private live = 0;
  private totalLength = 0;

  get liveDocs(): number {
    return this.live;
  }

  get avgLength(): number {
    return this.live ? this.totalLength / this.live : 1;
  }

  /** A term's id, made when `create` (terms of stored demands); -1 when unknown. */
  termId(term: string, create = false): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      if (!create) return -1;
      id = this.termText.length;
      this.termIds.set(term, id);
      this.termText.push(term);
      this.df.push(0);
      this.postings.push([]);
    }
    return id;
  }

  upsert(s: SupplierFacts): void {
    this.remove(s.id);
    const features = supplierFeatures(s);
    const certs = certMask(s.certifications);
    const entry: IndexedSupplier = { facts: s, features, docs: [], seen: 0, best: 0, bestDoc: -1 };
    for (const p of s.products) entry.docs.push(this.addDoc(p, entry, productFeatures(p, features, certs)));
    this.suppliers.set(s.id, entry);
  }

  remove(supplierId: string): void {
    const entry = this.suppliers.get(supplierId);
    if (!entry) return;
    for (const doc of entry.docs) this.removeDoc(doc);
    this.suppliers.delete(supplierId);
    if (this.alive.length > 4096 && this.alive.length > 2 * this.live) this.renumber();
  }

  /** Inverse document frequency of a term over the live docs (BM25's, never negative). */
  idf(term: number): number {
    const n = this.live;
    const df = this.df[term];
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** BM25 saturation of a term frequency in a doc of the given length. */
  saturation(tf: number, length: number, avg: number): number {
    const { k1, b } = W.bm25;
    return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / avg));
  }

  /** The live postings of a term in a partition (or undefined). */
  posting(term: number, partition: number): Posting | undefined {
    return this.postings[term][partition];
  }

  /** The live docs of a partition (an industry; 0: no known category), in insertion order. */
  docsOf(partition: number): readonly number[] {
    const list = this.byPartition[partition];
    if (list.dead) this.compactList(list);
    return list.docs;
  }

  /** The term frequency of a term in a doc (0 when absent). */
  tfOf(doc: number, term: number): number {
    const ts = this.terms[doc];
    for (let i = 0; i < ts.length; i++) if (ts[i] === term) return this.tfs[doc][i];
    return 0;
  }

  private addDoc(p: ProductFacts, supplier: IndexedSupplier, features: ProductFeatures): number {
    const tf = new Map<number, number>();
    let length = 0;
    const f = W.bm25.fields;
    const field = (text: string, weight: number) => {
      for (const t of tokenize(text)) {
        const id = this.termId(t, true);
        tf.set(id, (tf.get(id) ?? 0) + weight);
        length += weight;
      }
      for (const hit of detectConcepts(text)) {
        const id = this.termId(conceptToken(hit.group), true);
        tf.set(id, (tf.get(id) ?? 0) + weight);
      }
      // Bigrams and word parts: a lower weight, and no part of the doc's length.
      for (const t of secondaryTokens(text)) {
        const id = this.termId(t, true);
        tf.set(id, (tf.get(id) ?? 0) + weight * f.secondary);
      }
    };
    field(`${p.title} ${p.titleEn}`, f.title);
    field(p.tags.join(' '), f.tags);
    field(p.description, f.description);
    return this.place(p, supplier, features, Math.max(1, length), [...tf.keys()], [...tf.values()]);
  }

  private place(
    p: ProductFacts,
    supplier: IndexedSupplier,
    features: ProductFeatures,
    length: number,
    terms: number[],
    tfs: number[],
  ): number {
    const doc = this.alive.length;
    const part = partitionOf(p.categoryCode);
    this.product.push(p);
    this.supplierOf.push(supplier);
    this.features.push(features);
    this.partition.push(part);
    this.length.push(length);
    this.alive.push(true);
    this.terms.push(terms);
    this.tfs.push(tfs);
    for (let i = 0; i < terms.length; i++) {
      this.df[terms[i]]++;
      const post = (this.postings[terms[i]][part] ??= { docs: [], tf: [], dead: 0 });
      post.docs.push(doc);
      post.tf.push(tfs[i]);
    }
    this.byPartition[part].docs.push(doc);
    this.live++;
    this.totalLength += length;
    return doc;
  }

  private removeDoc(doc: number): void {
    if (!this.alive[doc]) return;
    this.alive[doc] = false;
    this.live--;
    this.totalLength -= this.length[doc];
    const part = this.partition[doc];
    for (const term of this.terms[doc]) {
      this.df[term]--;
      const post = this.postings[term][part]!;
      if (++post.dead * 2 > post.docs.length) this.compactPosting(term, part, post);
    }
    const list = this.byPartition[part];
    if (++list.dead * 2 > list.docs.length) this.compactList(list);
  }

  private compactPosting(term: number, part: number, post: Posting): void {
    const docs: number[] = [];
    const tf: number[] = [];
    for (let i = 0; i < post.docs.length; i++)
      if (this.alive[post.docs[i]]) {
        docs.push(post.docs[i]);
        tf.push(post.tf[i]);
      }
    this.postings[term][part] = docs.length ? { docs, tf, dead: 0 } : undefined;
  }

  private compactList(list: DocList): void {
    list.docs = list.docs.filter((d) => this.alive[d]);
    list.dead = 0;
  }

  /** Gives the live docs dense ids again (their terms and features are moved, not recomputed). */
  private renumber(): void {
    const { product, features, length, terms, tfs } = this;
    this.product = [];
    this.supplierOf = [];
    this.features = [];
    this.partition = [];
    this.length = [];
    this.alive = [];
    this.terms = [];
    this.tfs = [];
    this.byPartition = Array.from({ length: PARTITIONS }, () => ({ docs: [], dead: 0 }));
    this.df = this.df.map(() => 0);
    this.postings = this.postings.map(() => []);
    this.live = 0;
    this.totalLength = 0;
    for (const e of this.suppliers.values())
      e.docs = e.docs.map((d) => this.place(product[d], e, features[d], length[d], terms[d], tfs[d]));
  }
}
