/**
 * Every weight and threshold of the ranking, in one place (docs/matching.md explains each).
 * Points add up to a supplier's score. They are tiers: text and the small bonuses together
 * (at most `text` + the bonuses = 20) never bridge a tier, so an ideal fit in the wanted leaf
 * (100..120) ranks above one with a single soft mismatch (75..95), which ranks above a related
 * product of the same industry (40..60) or a leaf fit with two soft mismatches (50..70), which
 * rank above a hard mismatch (at most 35) — whatever words the texts share.
 */
export const MATCHING_WEIGHTS = {
  /** Points for how the best product's category relates to the demand's. */
  category: { same: 100, sibling: 40, unknown: 30 },
  /** Points for text relevance at most (BM25, saturated: s / (s + textHalf)). */
  text: 12,
  textHalf: 6,
  /** BM25 parameters and field weights (`secondary`: bigrams and word parts, a share of their field's weight, and the weight of a query's). */
  bm25: { k1: 1.2, b: 0.75, fields: { title: 3, tags: 2, description: 1, secondary: 0.3 } },
  /** Weight of a query's concept tokens (synonyms, translations) against its own words. */
  conceptWeight: 1.5,
  /** Cost of each soft and each hard mismatch (soft > text + bonuses; hard > soft + text + bonuses). */
  soft: 25,
  hard: 85,
  /** A unit price up to this ratio of the target is "slightly over" (soft); beyond, "far over" (hard). */
  priceSlightRatio: 1.15,
  /** A lead time up to this ratio of the days left (and at most leadSlackDays more) is "slightly over" (soft). */
  leadSlightRatio: 1.25,
  leadSlackDays: 5,
  /** Small bonuses that order otherwise equal suppliers. */
  bonus: { sameProvince: 3, activity: 2, responseRate: 2, priceHeadroom: 1 },
  /**
   * A demand of no given category: the catalog's best text matches vote for their categories
   * (how many, and the weight of their shares) and the vocabulary's synonym mentions too (the
   * weight of theirs): the catalog leads, the vocabulary decides when it has nothing.
   */
  catalogVote: { neighbours: 10, weight: 1 },
  synonymVote: 0.5,
  /** Suppliers returned for a demand, demands for a supplier. */
  limit: 50,
} as const;

export type MatchingWeights = typeof MATCHING_WEIGHTS;

/** Stored with each suggestion: bump it when a weight or rule changes, so old scores can be told apart. */
export const MATCHING_ENGINE_VERSION = 3;
