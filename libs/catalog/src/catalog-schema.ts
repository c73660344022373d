import { defineSchema } from '@livefair/core';
import { PriceTier } from './entities/price-tier.entity';
import { Product } from './entities/product.entity';
import { Sku } from './entities/sku.entity';

/** The catalog context's tables (created by core's release-1 baseline migration; later ones go here). */
export const catalogEntities = [Product, Sku, PriceTier];

defineSchema('catalog', { entities: catalogEntities });
