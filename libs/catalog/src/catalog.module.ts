import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogService } from './catalog.service';
import { PriceTier } from './entities/price-tier.entity';
import { Product } from './entities/product.entity';
import { Sku } from './entities/sku.entity';
// The context's declarations register with core as this module loads.
import './catalog-errors';

export const catalogEntities = [Product, Sku, PriceTier];

@Module({
  imports: [TypeOrmModule.forFeature(catalogEntities)],
  providers: [CatalogService],
  exports: [CatalogService],
})
export class CatalogModule {}
