import type { ImportMapping, RowProblem } from '@livefair/protocol';
import type { ParsedItem } from './row-check';
import type { SheetFormat, SheetLimits } from './sheet-reader';

/** What the scan thread is given: the file, its format, the bounds and the mapping to check rows with. */
export interface ScanRequest {
  data: Uint8Array;
  format: SheetFormat;
  limits: SheetLimits;
  mapping: ImportMapping;
  maxRows: number;
  batchRows: number;
  /** Hand each row's cells over too (the preview shows what a bad row holds). */
  withCells?: boolean;
  /** Only the header and this many sample rows (an upload); the rows are not checked. */
  sampleRows?: number;
}

/** An upload's look at the file: where the header is, its texts and the first non-empty rows under it. */
export interface SheetHead {
  headerRow: number;
  headers: string[];
  sample: string[][];
}

/** One checked data row as the run takes it (its cells stay in the scan thread). */
export interface CheckedRow {
  row: number;
  item: ParsedItem | null;
  problems: RowProblem[];
  /** With `withCells` only. */
  cells?: string[];
}

/** Scan thread -> run: a batch of checked rows, the end (non-empty rows), or why the file does not read. */
export type ScanMessage =
  | { type: 'rows'; rows: CheckedRow[] }
  | { type: 'done'; total: number }
  | ({ type: 'head' } & SheetHead)
  | { type: 'refused'; reason: 'unreadable' | 'zip-bomb' | 'too-many-rows' | 'too-many-columns' | 'rows-over-limit' }
  | { type: 'failed'; message: string };

/** Batches the scan thread may have sent ahead of the run; it waits for an acknowledgement past that. */
export const SCAN_BATCHES_AHEAD = 2;
