import type { OrderableSku } from '@livefair/catalog';
import type { OrderTermsView } from '@livefair/protocol';

/** The terms a SKU is sold on, for the order dialog (it prices with the same `priceOrder` the server uses). */
export function toOrderTermsView(s: OrderableSku): OrderTermsView {
  return {
    skuId: s.skuId,
    productId: s.productId,
    enterpriseId: s.enterpriseId,
    productName: s.productName,
    skuCode: s.skuCode,
    specs: s.specs,
    unit: s.unit,
    retailPriceFen: s.retailPriceFen,
    tiers: s.tiers.map((t) => ({ minQty: t.minQty, unitPriceFen: t.unitPriceFen })),
    moq: s.moq,
    samplePriceFen: s.samplePriceFen,
    leadTimeDays: s.leadTimeDays,
    stock: s.stock,
    orderable: s.published,
  };
}
