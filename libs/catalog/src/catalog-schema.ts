import { defineSchema } from '@livefair/core';
import { CatalogImage } from './entities/catalog-image.entity';
import { Product } from './entities/product.entity';
import { Sku } from './entities/sku.entity';
import { CatalogProducts1796118062969 } from './migrations/mysql/1796118062969-CatalogProducts';
import { CatalogProducts1796118072431 } from './migrations/sqlite/1796118072431-CatalogProducts';

/**
 * The catalog context's tables. Release 1's were created by core's baseline (`Init`); later
 * migrations are the catalog's own.
 */
export const catalogEntities = [Product, Sku, CatalogImage];

defineSchema('catalog', {
  entities: catalogEntities,
  migrations: { mysql: [CatalogProducts1796118062969], sqlite: [CatalogProducts1796118072431] },
});
