/**
 * The scan thread of an import run (a worker_threads entry): reads the sheet, checks every row with
 * the mapping and posts the checked rows in batches, at most SCAN_BATCHES_AHEAD ahead of the run,
 * which acknowledges each. Its heap is bounded (see scan-in-worker.ts), so what exceljs makes per
 * cell is collected here and never grows the server's main heap or holds up its HTTP loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkRow } from './row-check';
import { CheckedRow, SCAN_BATCHES_AHEAD, ScanMessage, ScanRequest } from './scan-messages';
import { SheetError } from './sheet-reader';
import { openTable } from './sheet-table';

const port = parentPort!;
let credit = SCAN_BATCHES_AHEAD;
let wake: (() => void) | null = null;
port.on('message', () => {
  credit++;
  wake?.();
  wake = null;
});

const post = (m: ScanMessage) => port.postMessage(m);

async function send(rows: CheckedRow[]): Promise<void> {
  while (credit <= 0) await new Promise<void>((r) => (wake = r));
  credit--;
  post({ type: 'rows', rows });
}

async function scan(req: ScanRequest): Promise<void> {
  const table = await openTable(Buffer.from(req.data.buffer, req.data.byteOffset, req.data.byteLength), req.format, req.limits);
  if (req.sampleRows !== undefined) {
    const sample: string[][] = [];
    for await (const r of table.rows) {
      if (r.cells.every((c) => !c)) continue;
      sample.push(r.cells.slice(0, table.headers.length));
      if (sample.length >= req.sampleRows) break;
    }
    return post({ type: 'head', headerRow: table.headerRow, headers: table.headers, sample });
  }
  const seen = new Map<string, number>();
  let total = 0;
  let batch: CheckedRow[] = [];
  for await (const r of table.rows) {
    if (r.cells.every((c) => !c)) continue;
    if (++total > req.maxRows) return post({ type: 'refused', reason: 'rows-over-limit' });
    const { item, problems } = checkRow(r.row, r.cells, req.mapping, table.headers, seen);
    batch.push(req.withCells ? { row: r.row, item, problems, cells: r.cells } : { row: r.row, item, problems });
    if (batch.length >= req.batchRows) {
      await send(batch);
      batch = [];
    }
  }
  if (batch.length) await send(batch);
  post({ type: 'done', total });
}

scan(workerData as ScanRequest).catch((err: unknown) =>
  post(err instanceof SheetError ? { type: 'refused', reason: err.reason } : { type: 'failed', message: String(err) }),
);
