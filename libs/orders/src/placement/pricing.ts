import { DomainError } from '@livefair/core';
import { priceOrder, type PricingTerms } from '@livefair/protocol';
import { lineTotalFen } from '../money';

/**
 * The unit price of a retail, bulk or sample order of `quantity` units on these terms, or the
 * coded refusal (MOQ_NOT_MET, SAMPLE_UNAVAILABLE, SAMPLE_LIMIT_EXCEEDED, OUT_OF_STOCK,
 * ORDER_TOTAL_TOO_LARGE). The same rule the pages show (`priceOrder` in the protocol lib).
 */
export function unitPriceOrThrow(
  terms: PricingTerms & { unit: string },
  type: 'retail' | 'bulk' | 'sample',
  quantity: number,
): number {
  const priced = priceOrder(terms, type, quantity);
  if (!priced.ok) {
    const u = terms.unit;
    const message = {
      MOQ_NOT_MET: `A bulk order needs at least ${priced.limit} ${u} (the minimum order quantity); you asked for ${quantity}`,
      SAMPLE_UNAVAILABLE: 'This product sells no samples',
      SAMPLE_LIMIT_EXCEEDED: `A sample order carries at most ${priced.limit} ${u}; order in bulk for more`,
      OUT_OF_STOCK: `Only ${priced.limit} ${u} are in stock`,
    }[priced.code];
    throw new DomainError(priced.code, message);
  }
  lineTotalFen(priced.unitPriceFen, quantity); // refuses a total past what an order may carry
  return priced.unitPriceFen;
}
