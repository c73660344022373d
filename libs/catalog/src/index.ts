export * from './catalog.module';
export * from './catalog-errors';
export * from './catalog-limits';
export * from './catalog.service';
export * from './orderable-sku';
export * from './catalog-events';
export { imageUrl } from './image-keys';
