import { DomainError } from '@livefair/core';
import type { SkuInputDto } from './dto/product-input.dto';
import { Sku } from './entities/sku.entity';

type SkuFields = Pick<
  Sku,
  'skuCode' | 'specs' | 'priceFen' | 'stock' | 'moq' | 'samplePriceFen' | 'leadTimeDays' | 'tiers' | 'sortOrder' | 'removedAt'
>;

/** What saving a product's SKU list writes: rows to park on a placeholder code first, then updates and inserts. */
export interface SkuPlan {
  parked: Sku[];
  updates: { id: string; fields: Partial<SkuFields> }[];
  inserts: SkuFields[];
}

function fieldsOf(input: SkuInputDto, sortOrder: number): SkuFields {
  return {
    skuCode: input.skuCode,
    specs: { ...input.specs },
    priceFen: input.retailPriceFen,
    stock: input.stock,
    moq: input.moq,
    samplePriceFen: input.samplePriceFen,
    leadTimeDays: input.leadTimeDays,
    tiers: input.tiers.map((t) => ({ minQty: t.minQty, unitPriceFen: t.unitPriceFen })),
    sortOrder,
    removedAt: null,
  };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Matches the SKUs of a product body to the product's rows: by id first; a SKU without an id
 * takes the row with its code (a live one, else a removed one, which comes back). Rows matched
 * by nothing are removed (their row stays, `removedAt` set). A removed row whose code a kept SKU
 * now wants gives it up (it is parked on `~<its id>` for good).
 */
export function planSkus(existing: Sku[], input: SkuInputDto[], now = new Date()): SkuPlan {
  const byId = new Map(existing.map((s) => [s.id, s]));
  const rowOf = new Map<number, Sku>();
  const taken = new Set<Sku>();
  input.forEach((sku, i) => {
    if (sku.id === undefined) return;
    const row = byId.get(sku.id);
    if (!row || row.removedAt) throw new DomainError('SKU_NOT_FOUND', `skus.${i}: this product has no SKU ${sku.id}`);
    rowOf.set(i, row);
    taken.add(row);
  });
  input.forEach((sku, i) => {
    if (sku.id !== undefined) return;
    const free = existing.filter((s) => !taken.has(s) && same(s.skuCode, sku.skuCode));
    const row = free.find((s) => !s.removedAt) ?? free[0];
    if (!row) return;
    rowOf.set(i, row);
    taken.add(row);
  });

  const plan: SkuPlan = { parked: [], updates: [], inserts: [] };
  const wanted = input.map((s) => s.skuCode);
  for (const row of existing) {
    if (taken.has(row)) continue;
    if (!row.removedAt) plan.updates.push({ id: row.id, fields: { removedAt: now } });
    if (wanted.some((code) => same(code, row.skuCode))) plan.parked.push(row);
  }
  input.forEach((sku, i) => {
    const fields = fieldsOf(sku, i);
    const row = rowOf.get(i);
    if (!row) {
      plan.inserts.push(fields);
      return;
    }
    if (row.skuCode !== sku.skuCode) plan.parked.push(row);
    plan.updates.push({ id: row.id, fields });
  });
  return plan;
}
