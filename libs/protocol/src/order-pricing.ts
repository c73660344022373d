/**
 * Pricing of retail, bulk and sample orders, shared by the server (which decides) and the
 * web pages (which show the price as the buyer types). Money is integer fen.
 */

/** A sample order carries 1 to this many units. */
export const SAMPLE_MAX_QUANTITY = 5;
/** Largest quantity one order line may carry (any type). */
export const ORDER_MAX_QUANTITY = 1_000_000;

export interface PricingTerms {
  retailPriceFen: number;
  tiers: readonly { minQty: number; unitPriceFen: number }[];
  moq: number;
  samplePriceFen: number | null;
  stock: number;
}

export type PricedOrder =
  | { ok: true; unitPriceFen: number; totalFen: number; tierMinQty: number | null }
  | { ok: false; code: 'MOQ_NOT_MET' | 'SAMPLE_UNAVAILABLE' | 'SAMPLE_LIMIT_EXCEEDED' | 'OUT_OF_STOCK'; limit: number };

/** The tier for `quantity`: the one with the highest minQty not above it; null below the first. Tiers need not be sorted. */
export function tierFor<T extends { minQty: number }>(tiers: readonly T[], quantity: number): T | null {
  let best: T | null = null;
  for (const t of tiers) if (t.minQty <= quantity && (!best || t.minQty > best.minQty)) best = t;
  return best;
}

/**
 * The unit price and total of an order of `type` for `quantity` units, or why it cannot be placed:
 * retail at the retail price from stock; bulk at the tier for the quantity (retail price below the
 * first tier), at least the MOQ; samples at the sample price, 1 to SAMPLE_MAX_QUANTITY.
 * `quantity` is a positive integer (the caller validated it).
 */
export function priceOrder(terms: PricingTerms, type: 'retail' | 'bulk' | 'sample', quantity: number): PricedOrder {
  if (type === 'sample') {
    if (terms.samplePriceFen === null) return { ok: false, code: 'SAMPLE_UNAVAILABLE', limit: 0 };
    if (quantity > SAMPLE_MAX_QUANTITY) return { ok: false, code: 'SAMPLE_LIMIT_EXCEEDED', limit: SAMPLE_MAX_QUANTITY };
    return priced(terms.samplePriceFen, quantity, null);
  }
  if (type === 'bulk') {
    const moq = Math.max(1, terms.moq);
    if (quantity < moq) return { ok: false, code: 'MOQ_NOT_MET', limit: moq };
    const tier = tierFor(terms.tiers, quantity);
    return priced(tier ? tier.unitPriceFen : terms.retailPriceFen, quantity, tier ? tier.minQty : null);
  }
  if (quantity > terms.stock) return { ok: false, code: 'OUT_OF_STOCK', limit: Math.max(0, terms.stock) };
  return priced(terms.retailPriceFen, quantity, null);
}

function priced(unitPriceFen: number, quantity: number, tierMinQty: number | null): PricedOrder {
  return { ok: true, unitPriceFen, totalFen: unitPriceFen * quantity, tierMinQty };
}
