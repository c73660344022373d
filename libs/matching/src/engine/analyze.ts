import { MATCHING_WEIGHTS as W } from '../matching-weights';
import { conceptToken, detectConcepts, secondaryTokens, tokenize } from './text';
import { categoryVocabulary } from './vocabulary';

/** A query's terms with their weights: its own words, and one concept token per synonym group it mentions. */
export interface Query {
  terms: Map<string, number>;
  /** Human-readable form of each term (a concept shows the words that named it). */
  labels: Map<string, string>;
}

export function analyzeQuery(text: string): Query {
  const terms = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const t of tokenize(text)) {
    terms.set(t, 1);
    labels.set(t, t);
  }
  for (const hit of detectConcepts(text)) {
    const tok = conceptToken(hit.group);
    terms.set(tok, W.conceptWeight);
    labels.set(tok, hit.term);
  }
  for (const t of secondaryTokens(text)) {
    terms.set(t, W.bm25.fields.secondary);
    labels.set(t, t.slice(1));
  }
  return { terms, labels };
}

/**
 * The category a text speaks of: each synonym mention votes for its categories; the industry
 * with the most votes wins, then its leaf with the most (the industry itself when no leaf got one).
 * Null when nothing in the text names a category.
 */
export function inferCategory(text: string): string | null {
  return pickCategory(synonymVotes(text));
}

/** The votes of a text's synonym mentions for categories (a group's first category is its main sense: an ambiguous word such as 陶瓷 or lens leans to it). */
export function synonymVotes(text: string): Map<string, number> {
  const votes = new Map<string, number>();
  for (const hit of detectConcepts(text)) {
    hit.group.categories.forEach((code, i) =>
      votes.set(code, (votes.get(code) ?? 0) + hit.group.vote * (1 + hit.term.length / 20) * (i === 0 ? 1 : 0.9)),
    );
  }
  return votes;
}

/** Votes scaled to add up to `weight` (nothing when there are none). */
export function addShares(into: Map<string, number>, votes: Map<string, number>, weight: number): Map<string, number> {
  let sum = 0;
  for (const v of votes.values()) sum += v;
  if (sum > 0) for (const [code, v] of votes) into.set(code, (into.get(code) ?? 0) + (weight * v) / sum);
  return into;
}

/** The category of most votes: the industry with most (its leaves' votes added up), then its leaf with most (the industry itself when no leaf got one). */
export function pickCategory(votes: Map<string, number>): string | null {
  if (votes.size === 0) return null;
  const byIndustry = new Map<string, number>();
  for (const [code, v] of votes) {
    const ind = categoryVocabulary.industryOf(code);
    if (ind) byIndustry.set(ind, (byIndustry.get(ind) ?? 0) + v);
  }
  const industry = best(byIndustry);
  if (!industry) return null;
  const leaves = new Map([...votes].filter(([code]) => code !== industry && categoryVocabulary.industryOf(code) === industry));
  return best(leaves) ?? industry;
}

function best(m: Map<string, number>): string | null {
  let out: string | null = null;
  let top = -Infinity;
  for (const [k, v] of [...m].sort(([a], [b]) => (a < b ? -1 : 1))) if (v > top) [out, top] = [k, v];
  return out;
}

/** The category of a product: its code if known, a category's name, or what its title and tags speak of. */
export function productCategory(code: string | null | undefined, title: string, tags: string[]): string | null {
  if (code) {
    const found = categoryVocabulary.lookup(code);
    if (found) return found.code;
  }
  return inferCategory([title, ...tags].join(' '));
}
