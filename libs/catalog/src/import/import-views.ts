import type { ImportMapping, ImportView } from '@livefair/protocol';
import { guessMapping } from './parse/column-guess';
import { CatalogImport } from './entities/catalog-import.entity';
import type { ImportField } from '@livefair/protocol';

/** The header text as remembered mappings compare it. */
export const headerKey = (h: string) => h.trim().toLowerCase().replace(/\s+/g, ' ');

/** The enterprise's remembered mapping applied to these headers (fields whose header is present), else the guesses. */
export function proposedMapping(headers: string[], remembered: Record<string, ImportField> | null): ImportMapping {
  const guessed = guessMapping(headers);
  if (!remembered || Object.keys(remembered).length === 0) return guessed;
  const fromMemory: ImportMapping = {};
  headers.forEach((h, column) => {
    const field = remembered[headerKey(h)];
    if (field && fromMemory[field] === undefined) fromMemory[field] = column;
  });
  return Object.keys(fromMemory).length ? fromMemory : guessed;
}

export function toImportView(i: CatalogImport, guessed: ImportMapping): ImportView {
  return {
    id: i.id,
    fileName: i.fileName,
    format: i.format,
    bytes: i.bytes,
    headerRow: i.headerRow,
    headers: i.headers,
    sample: i.sample,
    guessedMapping: guessed,
    mapping: i.mapping,
    mode: i.mode,
    status: i.status,
    totalRows: i.totalRows,
    processedRows: i.processedRows,
    created: i.created,
    updated: i.updated,
    bad: i.bad,
    failure: i.failure,
    createdAt: i.createdAt.toISOString(),
    finishedAt: i.finishedAt ? i.finishedAt.toISOString() : null,
  };
}
