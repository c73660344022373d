export * from './catalog.module';
export * from './catalog-errors';
export * from './catalog.service';
export * from './entities/product.entity';
export * from './entities/sku.entity';
export * from './entities/price-tier.entity';
