import { defineErrorCodes } from '@livefair/core';

/** The catalog context's error codes (docs/catalog.md says when each is sent). */
export const catalogErrorCodes = defineErrorCodes('catalog', {
  PRODUCT_NOT_FOUND: 404,
  SKU_NOT_FOUND: 404,
  SKU_CODE_DUPLICATE: 400,
  PRICE_TIERS_INVALID: 400,
  PRODUCT_LIMIT_REACHED: 409,
  SKU_LIMIT_REACHED: 409,
  PRODUCT_NOT_PUBLISHABLE: 409,
  IMAGE_NOT_FOUND: 404,
  IMAGE_NOT_OWNED: 403,
  IMAGE_IN_USE: 409,
  IMAGE_FILE_MISSING: 400,
  IMAGE_TYPE_UNSUPPORTED: 415,
  IMAGE_INVALID: 400,
  IMAGE_TOO_LARGE: 413,
  IMAGE_COUNT_LIMIT: 409,
  IMAGE_BYTES_LIMIT: 409,
});

type CatalogErrorCodes = typeof catalogErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends CatalogErrorCodes {}
}
