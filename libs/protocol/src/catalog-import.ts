/** The export-catalog import and domestic readiness (docs/import.md). */

/** Fields a column of an export catalog can be mapped to. */
export const IMPORT_FIELDS = [
  'itemNo',
  'nameEn',
  'name',
  'descriptionEn',
  'description',
  'hsCode',
  'fobUsd',
  'moq',
  'unit',
  'category',
  'certifications',
  'cartonSize',
  'stock',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Field -> zero-based column index of the file (a field left out is not imported). */
export type ImportMapping = Partial<Record<ImportField, number>>;

export type ImportStatus = 'uploaded' | 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
export type ImportMode = 'all-or-nothing' | 'good-rows';

/** GET /api/my/import-limits: the deployment's bounds on an upload, as the server enforces them. */
export interface ImportLimitsView {
  maxFileBytes: number;
  maxRows: number;
  maxColumns: number;
  uploadsPerHour: number;
  uploadsPerHourPerIp: number;
  /** Hours an upload, its preview and bad rows are kept after the upload. */
  retentionHours: number;
}

export interface ImportView {
  id: string;
  fileName: string;
  format: 'xlsx' | 'csv';
  bytes: number;
  /** The header row's 1-based row number and its texts (merged parent headers folded in). */
  headerRow: number;
  headers: string[];
  /** The first data rows as text, for the mapping screen. */
  sample: string[][];
  /** What the server guesses from the headers, and the enterprise's remembered mapping when it fits. */
  guessedMapping: ImportMapping;
  mapping: ImportMapping | null;
  mode: ImportMode | null;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  created: number;
  updated: number;
  bad: number;
  /** Why a run failed (a code of docs/error-codes.md), null otherwise. */
  failure: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** One problem of a row: the 1-based row of the file, the header of the column, a code and a Chinese reason. */
export interface RowProblem {
  row: number;
  column: string;
  code: string;
  reason: string;
}

export interface PreviewRow {
  row: number;
  itemNo: string;
  nameEn: string;
  name: string;
  hsCode: string;
  fobUsdCents: number | null;
  moq: number | null;
  /** create: a new product; update: an earlier import's product with this item number. */
  action: 'create' | 'update' | 'skip';
  problems: RowProblem[];
}

export interface PreviewPage {
  total: number;
  good: number;
  bad: number;
  creates: number;
  updates: number;
  page: number;
  pageSize: number;
  items: PreviewRow[];
}

/** Exchange rate, VAT and margins an exhibitor sets (never fetched); rates in basis points (1300 = 13 %). */
export interface PricingSettingsView {
  /** CNY per USD times 10,000 (7.1000 -> 71000). */
  usdCnyRate4: number;
  vatBp: number;
  exportRefundBp: number;
  wholesaleMarginBp: number;
  retailMarginBp: number;
  producerName: string;
  producerAddress: string;
}

export type CccStatus = 'not-listed' | 'check' | 'required' | 'not-required';

export interface LabelItemView {
  key: string;
  label: string;
  ok: boolean;
}

/** Per unit, fen: what the goods earn abroad against at home. */
export interface PriceComparisonView {
  fobCnyFen: number;
  exportRefundFen: number;
  exportEarningFen: number;
  domesticNetFen: number;
  domesticVatFen: number;
  refundGivenUpFen: number;
}

export interface ReadinessItemView {
  productId: string;
  itemNo: string;
  hsCode: string;
  name: string;
  nameEn: string;
  description: string;
  productStatus: 'draft' | 'published' | 'hidden';
  category: string;
  categorySource: 'hs-heading' | 'hs-chapter' | 'text' | 'exhibitor' | 'none';
  fobUsdCents: number | null;
  wholesaleFen: number | null;
  retailFen: number | null;
  comparison: PriceComparisonView | null;
  ccc: CccStatus;
  cccReason: string;
  certifications: string[];
  labelling: LabelItemView[];
  blockers: ReadinessBlocker[];
  accepted: boolean;
  acceptedAt: string | null;
}

export type ReadinessBlocker =
  | 'no-chinese-title'
  | 'no-chinese-description'
  | 'no-price'
  | 'ccc-unconfirmed'
  | 'ccc-missing'
  | 'labelling-incomplete'
  | 'not-accepted';

export interface ReadinessPage {
  items: ReadinessItemView[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ReadinessReportRow {
  enterpriseId: string;
  enterpriseName: string;
  products: number;
  ready: number;
  blockers: Record<ReadinessBlocker, number>;
}
