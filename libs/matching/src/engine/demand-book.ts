import { analyzeQuery, Query } from './analyze';
import { CatalogIndex } from './catalog-index';
import { DemandFacts } from './facts';
import { DemandTerms, partitionOf, PARTITIONS } from './pair-points';

export interface DemandEntry {
  demand: DemandFacts;
  query: Query;
  /** Given or inferred; null when unknown. */
  category: string | null;
  terms: DemandTerms;
  /** The query's term ids and weights, in the query's order. */
  termIds: number[];
  weights: number[];
  partition: number;
  /** Last pass that collected it (dedup without a set). */
  seen: number;
}

/** The query of a demand as term ids and weights (terms no product has are left out when not `create`). */
export function queryTerms(index: CatalogIndex, query: Query, create: boolean): { termIds: number[]; weights: number[] } {
  const termIds: number[] = [];
  const weights: number[] = [];
  for (const [term, w] of query.terms) {
    const id = index.termId(term, create);
    if (id < 0) continue;
    termIds.push(id);
    weights.push(w);
  }
  return { termIds, weights };
}

/**
 * Open demands, analyzed once when stored: by industry (the partitions of the catalog index)
 * and by term, so "orders for you" reads only the demands a supplier's products can meet.
 */
export class DemandBook {
  readonly entries = new Map<string, DemandEntry>();
  private readonly byPartition: Set<DemandEntry>[] = Array.from({ length: PARTITIONS }, () => new Set());
  private readonly byTerm = new Map<number, Set<DemandEntry>>();

  constructor(
    private readonly index: CatalogIndex,
    private readonly categoryOf: (d: DemandFacts) => string | null,
  ) {}

  upsert(d: DemandFacts): DemandEntry {
    this.remove(d.id);
    const category = this.categoryOf(d);
    const query = analyzeQuery(d.text);
    const { termIds, weights } = queryTerms(this.index, query, true);
    const entry: DemandEntry = {
      demand: d,
      query,
      category,
      terms: new DemandTerms().set(d, category),
      termIds,
      weights,
      partition: partitionOf(category),
      seen: 0,
    };
    this.entries.set(d.id, entry);
    this.byPartition[entry.partition].add(entry);
    for (const t of termIds) {
      let set = this.byTerm.get(t);
      if (!set) this.byTerm.set(t, (set = new Set()));
      set.add(entry);
    }
    return entry;
  }

  remove(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.byPartition[e.partition].delete(e);
    for (const t of e.termIds) {
      const set = this.byTerm.get(t);
      set?.delete(e);
      if (set?.size === 0) this.byTerm.delete(t);
    }
    this.entries.delete(id);
  }

  inPartition(partition: number): ReadonlySet<DemandEntry> {
    return this.byPartition[partition];
  }

  withTerm(term: number): ReadonlySet<DemandEntry> | undefined {
    return this.byTerm.get(term);
  }
}
