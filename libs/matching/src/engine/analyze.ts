import { MATCHING_WEIGHTS as W } from '../matching-weights';
import { conceptToken, detectConcepts, tokenize } from './text';
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
  return { terms, labels };
}

/**
 * The category a text speaks of: each synonym mention votes for its categories; the industry
 * with the most votes wins, then its leaf with the most (the industry itself when no leaf got one).
 * Null when nothing in the text names a category.
 */
export function inferCategory(text: string): string | null {
  const votes = new Map<string, number>();
  for (const hit of detectConcepts(text)) {
    // A group's first category is its main sense: an ambiguous word (陶瓷, lens) leans to it.
    hit.group.categories.forEach((code, i) =>
      votes.set(code, (votes.get(code) ?? 0) + hit.group.vote * (1 + hit.term.length / 20) * (i === 0 ? 1 : 0.9)),
    );
  }
  return pickCategory(votes);
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
