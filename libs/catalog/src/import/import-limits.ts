/**
 * Fixed bounds of one uploaded export catalog (the per-deployment ones are configuration:
 * IMPORT_MAX_MB, IMPORT_MAX_ROWS, IMPORT_MAX_PER_HOUR). docs/import.md lists them.
 */
export const IMPORT_LIMITS = {
  maxColumns: 60,
  /** Longer cells are cut here (and then reported by the field that reads them). */
  maxCellChars: 4000,
  /** What an XLSX may inflate to, all parts together: a zip bomb stops here. */
  maxUnzippedBytes: 400 * 1024 * 1024,
  maxZipEntries: 2000,
  /** Rows one write transaction takes. */
  batchRows: 500,
  /** Sample rows the mapping screen shows. */
  sampleRows: 5,
  previewPageMax: 200,
} as const;
