import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { checkZipBounds } from './zip-bounds';

/** One row of a sheet: its 1-based number in the file and its cells as text (formulas as their values). */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface SheetLimits {
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
  maxUnzippedBytes: number;
  maxZipEntries: number;
}

/** Why a file cannot be read at all; the service maps each to an error code. */
export class SheetError extends Error {
  constructor(readonly reason: 'unreadable' | 'zip-bomb' | 'too-many-rows' | 'too-many-columns') {
    super(reason);
  }
}

export type SheetFormat = 'xlsx' | 'csv';

/** The format from the bytes: a zip is XLSX, anything else is taken for CSV text. */
export function sniffFormat(data: Buffer): SheetFormat {
  return data.length >= 4 && data.readUInt32LE(0) === 0x04034b50 ? 'xlsx' : 'csv';
}

/**
 * The rows of the first worksheet (XLSX, through exceljs's streaming reader) or of a CSV file
 * (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030, which covers GBK; `,` `;` or tab),
 * bounded in rows and columns. Empty rows are yielded too (with their number) so callers count.
 */
export async function* readSheet(data: Buffer, format: SheetFormat, limits: SheetLimits): AsyncGenerator<SheetRow> {
  const rows = format === 'xlsx' ? readXlsx(data, limits) : readCsv(data, limits);
  let n = 0;
  for await (const r of rows) {
    if (++n > limits.maxRows + 50) throw new SheetError('too-many-rows');
    if (r.cells.length > limits.maxColumns) {
      // Trailing empty cells are not columns.
      while (r.cells.length && !r.cells[r.cells.length - 1]) r.cells.pop();
      if (r.cells.length > limits.maxColumns) throw new SheetError('too-many-columns');
    }
    for (let i = 0; i < r.cells.length; i++) {
      if (r.cells[i].length > limits.maxCellChars) r.cells[i] = r.cells[i].slice(0, limits.maxCellChars + 1);
    }
    yield r;
    if (n % 100 === 0) await yieldToLoop();
  }
}

async function* readXlsx(data: Buffer, limits: SheetLimits): AsyncGenerator<SheetRow> {
  const verdict = await checkZipBounds(data, { maxEntries: limits.maxZipEntries, maxUnzippedBytes: limits.maxUnzippedBytes });
  if (verdict === 'too-large-unzipped' || verdict === 'too-many-entries') throw new SheetError('zip-bomb');
  if (verdict) throw new SheetError('unreadable');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(slices(data)), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as unknown[];
        if (values.length - 1 > limits.maxColumns * 4) throw new SheetError('too-many-columns');
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
        yield { row: row.number, cells };
      }
      return; // the first worksheet only
    }
  } catch (err) {
    if (err instanceof SheetError) throw err;
    throw new SheetError('unreadable');
  }
}

/** The file in 64 KB pieces: the unzip and XML parsers then work (and yield) piece by piece. */
function* slices(data: Buffer): Generator<Buffer> {
  for (let i = 0; i < data.length; i += 64 * 1024) yield data.subarray(i, i + 64 * 1024);
}

/** A cell's value as text: a formula's cached result (never evaluated), rich text joined, dates as YYYY-MM-DD. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return cellText(o.result);
    if (Array.isArray(o.richText))
      return (o.richText as { text?: string }[])
        .map((p) => p.text ?? '')
        .join('')
        .trim();
    if ('text' in o) return cellText(o.text);
    if ('error' in o) return '';
  }
  return '';
}

/** The text of a CSV file, whatever the encoding older and newer Excel installs write. */
export function decodeCsv(data: Buffer): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return data.subarray(3).toString('utf8');
  if (data[0] === 0xff && data[1] === 0xfe) return iconv.decode(data.subarray(2), 'utf16le');
  if (data[0] === 0xfe && data[1] === 0xff) return iconv.decode(data.subarray(2), 'utf16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return iconv.decode(data, 'gb18030');
  }
}

function delimiterOf(text: string): string {
  const firstLines = text.slice(0, 4096).split(/\r?\n/).slice(0, 5).join('\n');
  const count = (ch: string) => firstLines.split(ch).length - 1;
  const candidates = [',', ';', '\t'].map((d) => ({ d, n: count(d) }));
  candidates.sort((a, b) => b.n - a.n);
  return candidates[0].n > 0 ? candidates[0].d : ',';
}

async function* readCsv(data: Buffer, limits: SheetLimits): AsyncGenerator<SheetRow> {
  const text = decodeCsv(data);
  const parser = parseCsv({
    delimiter: delimiterOf(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: limits.maxCellChars * 4,
  });
  const CHUNK = 64 * 1024;
  // Fed in chunks as the parser drains, so a big file never sits parsed in memory at once.
  // A consumer that stops early destroys the parser: 'close' ends the wait for 'drain' then.
  const feed = async () => {
    for (let i = 0; i < text.length && !parser.destroyed; i += CHUNK) {
      if (!parser.write(text.slice(i, i + CHUNK))) {
        await new Promise<void>((r) => {
          const done = () => {
            parser.off('drain', done);
            parser.off('close', done);
            r();
          };
          parser.on('drain', done);
          parser.on('close', done);
        });
      }
    }
    if (!parser.destroyed) parser.end();
  };
  const feeding = feed().catch((err: unknown) => parser.destroy(err as Error));
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      if (record.length > limits.maxColumns * 4) throw new SheetError('too-many-columns');
      yield { row, cells: record.map((c) => c.trim()) };
    }
  } catch (err) {
    if (err instanceof SheetError) throw err;
    throw new SheetError('unreadable');
  } finally {
    parser.destroy();
    await feeding;
  }
}
