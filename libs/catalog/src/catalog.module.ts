import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogService } from './catalog.service';
// The context's declarations register with core as this module loads.
import './catalog-errors';
import { catalogEntities } from './catalog-schema';

@Module({
  imports: [TypeOrmModule.forFeature(catalogEntities)],
  providers: [CatalogService],
  exports: [CatalogService],
})
export class CatalogModule {}
