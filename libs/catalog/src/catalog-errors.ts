import { defineErrorCodes } from '@livefair/core';

/** The catalog context's error codes. */
export const catalogErrorCodes = defineErrorCodes('catalog', {
  PRODUCT_NOT_FOUND: 404,
});

type CatalogErrorCodes = typeof catalogErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends CatalogErrorCodes {}
}
