/**
 * Every weight and threshold of the ranking, in one place (docs/matching.md explains each).
 * Points add up to a supplier's score; a hard mismatch costs far more than a soft one, so a
 * supplier that fails a hard constraint sinks below every one that does not.
 */
export const MATCHING_WEIGHTS = {
  /** Points for how the best product's category relates to the demand's. */
  category: { same: 60, sibling: 25, unknown: 20 },
  /** Points for text relevance at most (BM25, saturated: s / (s + textHalf)). */
  text: 12,
  textHalf: 6,
  /** BM25 parameters and field weights. */
  bm25: { k1: 1.2, b: 0.75, fields: { title: 3, tags: 2, description: 1 } },
  /** Weight of a query's concept tokens (synonyms, translations) against its own words. */
  conceptWeight: 1.5,
  /** Cost of each soft and each hard mismatch. */
  soft: 15,
  hard: 40,
  /** A unit price up to this ratio of the target is "slightly over" (soft); beyond, "far over" (hard). */
  priceSlightRatio: 1.15,
  /** A lead time up to this ratio of the days left (and at most leadSlackDays more) is "slightly over" (soft). */
  leadSlightRatio: 1.25,
  leadSlackDays: 5,
  /** Small bonuses that order otherwise equal suppliers. */
  bonus: { sameProvince: 3, activity: 2, responseRate: 2, priceHeadroom: 1 },
  /** Suppliers returned for a demand, demands for a supplier. */
  limit: 50,
} as const;

export type MatchingWeights = typeof MATCHING_WEIGHTS;

/** Stored with each suggestion: bump it when a weight or rule changes, so old scores can be told apart. */
export const MATCHING_ENGINE_VERSION = 1;
