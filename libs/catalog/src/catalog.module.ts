import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogImages } from './catalog-images.service';
import { CatalogService } from './catalog.service';
import { ImagesController } from './images.controller';
import { ImageUploadInterceptor } from './images/image-upload.interceptor';
import { UploadRate } from './images/upload-rate';
import { MyProductsController } from './my-products.controller';
import { ProductEditor } from './product-editor.service';
// The context's declarations register with core as this module loads.
import './catalog-errors';
import './catalog-events';
import { catalogEntities } from './catalog-schema';

/** Products, SKUs, images. Other contexts use CatalogService. */
@Module({
  imports: [TypeOrmModule.forFeature(catalogEntities)],
  providers: [CatalogService],
  exports: [CatalogService],
})
export class CatalogModule {}

/** The catalog's HTTP surface (the exhibitor's products, image uploads); mounted by HTTP processes only. */
@Module({
  imports: [CatalogModule],
  providers: [ProductEditor, CatalogImages, UploadRate, ImageUploadInterceptor],
  controllers: [MyProductsController, ImagesController],
})
export class CatalogHttpModule {}
