import { defineErrorCodes } from '@livefair/core';

/** The export-catalog import's error codes (docs/import.md says when each is sent). */
export const catalogImportErrorCodes = defineErrorCodes('catalog', {
  IMPORT_NOT_FOUND: 404,
  IMPORT_FILE_MISSING: 400,
  IMPORT_FILE_TOO_LARGE: 413,
  IMPORT_FILE_UNREADABLE: 400,
  IMPORT_ZIP_TOO_LARGE: 413,
  IMPORT_TOO_MANY_ROWS: 400,
  IMPORT_TOO_MANY_COLUMNS: 400,
  IMPORT_NO_HEADER: 400,
  IMPORT_MAPPING_INVALID: 400,
  IMPORT_NOT_MAPPED: 409,
  IMPORT_STATE_CONFLICT: 409,
  IMPORT_BUSY: 409,
  IMPORT_ITEM_NOT_FOUND: 404,
  READINESS_BLOCKED: 409,
});

type CatalogImportErrorCodes = typeof catalogImportErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends CatalogImportErrorCodes {}
}
