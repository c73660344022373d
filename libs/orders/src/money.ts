import { DomainError } from '@livefair/core';
import { tierFor, type PriceTierView } from '@livefair/protocol';

/** Largest total an order may carry, fen (the database column is BIGINT; kept within safe integers with room). */
export const MAX_ORDER_TOTAL_FEN = 1_000_000_000_000; // 10 billion yuan

/** unit price x quantity in integer fen; refused when it would pass MAX_ORDER_TOTAL_FEN. */
export function lineTotalFen(unitPriceFen: number, quantity: number): number {
  if (!Number.isSafeInteger(unitPriceFen) || unitPriceFen < 0) throw new RangeError(`unit price ${unitPriceFen} fen`);
  if (!Number.isSafeInteger(quantity) || quantity <= 0) throw new RangeError(`quantity ${quantity}`);
  const total = unitPriceFen * quantity;
  if (!Number.isSafeInteger(total) || total > MAX_ORDER_TOTAL_FEN)
    throw new DomainError('ORDER_TOTAL_TOO_LARGE', 'This order is too large to place online; ask the seller for a quotation');
  return total;
}

/**
 * The wholesale unit price for `quantity`: the tier with the highest minQty not above it; the
 * retail price below the first tier. Tiers need not be sorted.
 */
export function tierUnitPriceFen(retailPriceFen: number, tiers: readonly PriceTierView[], quantity: number): number {
  return tierFor(tiers, quantity)?.unitPriceFen ?? retailPriceFen;
}

/** Fen as yuan text with two decimals, exactly (integer arithmetic): 123456 -> "1234.56". */
export function yuanText(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
