import type { ProductView, SkuView } from '@livefair/protocol';
import { Product } from './entities/product.entity';
import { Sku } from './entities/sku.entity';
import { imageUrl } from './image-keys';

export function toSkuView(s: Sku): SkuView {
  return {
    id: s.id,
    skuCode: s.skuCode,
    specs: s.specs,
    retailPriceFen: s.priceFen,
    stock: s.stock,
    moq: s.moq,
    samplePriceFen: s.samplePriceFen,
    leadTimeDays: s.leadTimeDays,
    tiers: [...s.tiers].sort((a, b) => a.minQty - b.minQty),
  };
}

/** The product's SKUs that are not removed, in the exhibitor's order. */
export function liveSkus(p: Product): Sku[] {
  return (p.skus ?? [])
    .filter((s) => !s.removedAt)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.skuCode.localeCompare(b.skuCode));
}

export function toProductView(p: Product): ProductView {
  const skus = liveSkus(p).map(toSkuView);
  const prices = skus.flatMap((s) => [s.retailPriceFen, ...s.tiers.map((t) => t.unitPriceFen)]);
  return {
    id: p.id,
    enterpriseId: p.enterpriseId,
    status: p.status,
    name: p.name,
    nameEn: p.nameEn,
    description: p.description,
    descriptionEn: p.descriptionEn,
    category: p.category,
    unit: p.unit,
    specifications: p.specifications,
    certifications: p.certifications,
    images: p.images.map((key) => ({ key, url: imageUrl(key) })),
    skus,
    fromPriceFen: prices.length ? Math.min(...prices) : null,
    moq: skus.length ? Math.min(...skus.map((s) => s.moq)) : null,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
