import { DomainError, FieldProblem } from '@livefair/core';
import type { ProductInputDto } from './dto/product-input.dto';

/**
 * The rules of a product body beyond the shape of each field (which the DTOs check): tiers rise
 * in quantity and never in price; SKU codes are unique within the product. Throws the first
 * rule's code with every field it found.
 */
export function assertProductRules(dto: ProductInputDto): void {
  const tierProblems: FieldProblem[] = [];
  dto.skus.forEach((sku, i) => {
    for (let t = 1; t < sku.tiers.length; t++) {
      const prev = sku.tiers[t - 1];
      const cur = sku.tiers[t];
      const problems: string[] = [];
      if (cur.minQty <= prev.minQty) problems.push(`minQty must be above the previous tier's (${prev.minQty})`);
      if (cur.unitPriceFen > prev.unitPriceFen) {
        problems.push(`unitPriceFen must not be above the previous tier's (${prev.unitPriceFen})`);
      }
      if (problems.length) tierProblems.push({ field: `skus.${i}.tiers.${t}`, problems });
    }
  });
  if (tierProblems.length) {
    throw new DomainError(
      'PRICE_TIERS_INVALID',
      'Wholesale tiers must list rising quantities with unit prices that never rise',
      tierProblems,
    );
  }
  const seen = new Map<string, number>();
  const duplicates: FieldProblem[] = [];
  dto.skus.forEach((sku, i) => {
    const code = sku.skuCode.toLowerCase();
    const first = seen.get(code);
    if (first !== undefined) duplicates.push({ field: `skus.${i}.skuCode`, problems: [`the same code as skus.${first}`] });
    else seen.set(code, i);
  });
  if (duplicates.length) throw new DomainError('SKU_CODE_DUPLICATE', 'Each SKU of a product needs its own code', duplicates);
  const ids = dto.skus.map((s) => s.id).filter((id): id is string => id !== undefined);
  if (new Set(ids).size !== ids.length) {
    throw new DomainError('VALIDATION_FAILED', 'skus: a SKU id is named twice', [
      { field: 'skus', problems: ['ids must be unique'] },
    ]);
  }
}
