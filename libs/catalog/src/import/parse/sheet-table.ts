import { headerScore } from './column-guess';
import { readSheet, SheetFormat, SheetLimits, SheetRow } from './sheet-reader';

/** A sheet read as a table: where its header is, the header texts, and the rows under it. */
export interface SheetTable {
  headerRow: number;
  headers: string[];
  rows: AsyncGenerator<SheetRow>;
}

const HEADER_SEARCH_ROWS = 10;

const isEmpty = (r: SheetRow) => r.cells.every((c) => !c);

/**
 * Finds the header among the first rows (the one most cells of which read as known headers, else
 * the first non-empty row). A title or group row above it (merged cells: the text sits in the first
 * cell of the span) fills the header cells left empty under it, so "Price" over "FOB" / "" gives
 * "FOB" / "Price".
 */
export async function openTable(data: Buffer, format: SheetFormat, limits: SheetLimits): Promise<SheetTable> {
  const source = readSheet(data, format, limits);
  const head: SheetRow[] = [];
  while (head.length < HEADER_SEARCH_ROWS) {
    const next = await source.next();
    if (next.done) break;
    head.push(next.value);
  }
  let best = -1;
  let bestScore = 0;
  head.forEach((r, i) => {
    const s = headerScore(r.cells);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  if (best < 0) best = head.findIndex((r) => !isEmpty(r));
  if (best < 0) {
    return { headerRow: 0, headers: [], rows: rest([], source) };
  }
  const headerCells = head[best].cells;
  const above = best > 0 ? carryMerged(head[best - 1].cells) : [];
  const width = Math.max(headerCells.length, above.length);
  const headers = Array.from({ length: width }, (_, c) => headerCells[c] || above[c] || '');
  while (headers.length && !headers[headers.length - 1]) headers.pop();
  return { headerRow: head[best].row, headers, rows: rest(head.slice(best + 1), source) };
}

/** A group row's texts carried over the empty cells to their right (a merged span). */
function carryMerged(cells: string[]): string[] {
  let last = '';
  return cells.map((c) => (c ? (last = c) : last));
}

async function* rest(buffered: SheetRow[], source: AsyncGenerator<SheetRow>): AsyncGenerator<SheetRow> {
  yield* buffered;
  yield* source;
}
