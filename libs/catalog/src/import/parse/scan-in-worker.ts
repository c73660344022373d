import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CheckedRow, ScanMessage, ScanRequest, SheetHead } from './scan-messages';

/**
 * The scan thread's heap: exceljs makes several objects per cell, and on the main thread the ones
 * that outlive a young-generation collection (rows held while a batch is written) piled up in the
 * old generation until the next full collection (the server's RSS grew by 300 MB for 50,000 rows).
 * Here they are collected within these bounds; a workbook that needs more to read is refused.
 */
export const SCAN_HEAP = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 };

// Built (dist/), the entry is JavaScript; under the tests the sources run through ts-node.
const FROM_SOURCE = __filename.endsWith('.ts');
const ENTRY = join(__dirname, FROM_SOURCE ? 'scan-worker.ts' : 'scan-worker.js');
const EXEC_ARGV = FROM_SOURCE ? ['--require', 'ts-node/register/transpile-only'] : [];

export type ScanRefusal = Extract<ScanMessage, { type: 'refused' }>['reason'] | 'out-of-memory';

/** The file cannot be scanned: a reader's refusal, too many rows, or more memory than SCAN_HEAP. */
export class ScanRefused extends Error {
  constructor(readonly reason: ScanRefusal) {
    super(reason);
  }
}

/**
 * Reads and checks every data row of a file in a worker thread, handing the checked rows to `onRow`
 * in order (it may be async: the scan waits, holding at most two batches ahead). Returns the number
 * of non-empty data rows. Stopping early (`onRow` throws) ends the thread.
 */
export async function scanInWorker(req: ScanRequest, onRow: (r: CheckedRow) => void | Promise<void>): Promise<number> {
  const end = await inWorker(req, onRow);
  if (end.type !== 'done') throw new Error('import scan thread answered a head to a scan');
  return end.total;
}

/** The header and the first `sampleRows` non-empty rows under it, read in the scan thread (an upload). */
export async function headInWorker(req: ScanRequest & { sampleRows: number }): Promise<SheetHead> {
  const end = await inWorker(req, () => undefined);
  if (end.type !== 'head') throw new Error('import scan thread answered a scan to a head');
  return { headerRow: end.headerRow, headers: end.headers, sample: end.sample };
}

type ScanEnd = Extract<ScanMessage, { type: 'done' | 'head' }>;

function inWorker(req: ScanRequest, onRow: (r: CheckedRow) => void | Promise<void>): Promise<ScanEnd> {
  const worker = new Worker(ENTRY, { workerData: req, execArgv: EXEC_ARGV, resourceLimits: SCAN_HEAP });
  return new Promise<ScanEnd>((resolve, reject) => {
    const queue: ScanMessage[] = [];
    let busy = false;
    let finished = false;
    const end = (settle: () => void) => {
      if (finished) return;
      finished = true;
      void worker.terminate();
      settle();
    };
    const pump = async () => {
      if (busy) return;
      busy = true;
      try {
        while (queue.length && !finished) {
          const m = queue.shift()!;
          if (m.type === 'rows') {
            for (const r of m.rows) await onRow(r);
            worker.postMessage('more');
          } else if (m.type === 'done' || m.type === 'head') end(() => resolve(m));
          else if (m.type === 'refused') end(() => reject(new ScanRefused(m.reason)));
          else end(() => reject(new Error(`import scan failed: ${m.message}`)));
        }
      } catch (err) {
        end(() => reject(err as Error));
      } finally {
        busy = false;
      }
    };
    worker.on('message', (m: ScanMessage) => {
      queue.push(m);
      void pump();
    });
    worker.on('error', (err: Error & { code?: string }) =>
      end(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ScanRefused('out-of-memory') : err)),
    );
    worker.on('exit', (code) => end(() => reject(new Error(`import scan thread exited (${code})`))));
  });
}
