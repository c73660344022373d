import { DomainError } from '@livefair/core';
import type { ImportMapping, RowProblem } from '@livefair/protocol';
import { checkRow, ParsedItem } from './parse/row-check';
import { SheetTable } from './parse/sheet-table';
import { asDomainError } from './import-files';

export interface ScannedRow {
  row: number;
  cells: string[];
  item: ParsedItem | null;
  problems: RowProblem[];
}

/**
 * Walks the data rows of a table with a mapping, skipping empty rows, checking each (duplicated
 * item numbers against the rows before). `onRow` may be async (a batch write); the walk waits.
 * Returns the number of non-empty rows.
 */
export async function scanTable(
  table: SheetTable,
  mapping: ImportMapping,
  maxRows: number,
  onRow: (r: ScannedRow) => void | Promise<void>,
): Promise<number> {
  const seen = new Map<string, number>();
  let total = 0;
  await asDomainError(async () => {
    for await (const r of table.rows) {
      if (r.cells.every((c) => !c)) continue;
      if (++total > maxRows) {
        throw new DomainError('IMPORT_TOO_MANY_ROWS', `An import may have at most ${maxRows} data rows`);
      }
      const { item, problems } = checkRow(r.row, r.cells, mapping, table.headers, seen);
      await onRow({ row: r.row, cells: r.cells, item, problems });
    }
  });
  return total;
}
