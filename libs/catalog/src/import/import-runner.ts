import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, JobHandler, TransactionalConnection } from '@livefair/core';
import type { ImportMapping, RowProblem } from '@livefair/protocol';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { Product } from '../entities/product.entity';
import { badRowsCsv } from './bad-rows-csv';
import { CatalogImport } from './entities/catalog-import.entity';
import { ImportedItem } from './entities/imported-item.entity';
import { ImportFiles } from './import-files';
import type { RunImportPayload } from './import-jobs';
import { IMPORT_LIMITS } from './import-limits';
import { ImportSettingsService } from './import-settings.service';
import { ImportWriter, KnownItem } from './import-writer';
import { ParsedItem, rowProblem } from './parse/row-check';

class Cancelled extends Error {}

/**
 * Runs an import: a first pass reads every row and finds the bad ones (nothing written); in
 * all-or-nothing mode any bad row ends the run there. The second pass writes the good rows in
 * batches (each written while the next is read), yielding to the event loop between them, updating
 * the progress and stopping at the next batch when cancelled. Each pass reads and checks the file in a
 * worker thread with a bounded heap (ImportFiles.scan). All-or-nothing writes every batch in one transaction (a cancel or a
 * failure rolls all of it back); good-rows commits each batch (a cancel keeps what was written).
 */
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger('CatalogImport');

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly files: ImportFiles,
    private readonly writer: ImportWriter,
    private readonly settings: ImportSettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Outside the run's transaction on MariaDB, so progress and a cancel are seen while a run writes;
   * the embedded engine has one connection, which the open transaction holds: there, inside it.
   */
  private get imports() {
    return this.tx.dataSource.options.type === 'sqljs'
      ? this.tx.getRepository(CatalogImport)
      : this.tx.dataSource.getRepository(CatalogImport);
  }

  @JobHandler('catalog.import.run')
  async run({ importId }: RunImportPayload): Promise<void> {
    const imp = await this.imports.findOne({ where: { id: importId } });
    if (!imp || (imp.status !== 'queued' && imp.status !== 'running') || !imp.mapping || !imp.mode) return;
    if (imp.cancelRequested) return this.finish(imp.id, { status: 'cancelled' });
    await this.imports.update({ id: imp.id }, { status: 'running', processedRows: 0, created: 0, updated: 0, bad: 0 });
    try {
      await this.execute(imp, imp.mapping, imp.mode);
    } catch (err) {
      if (err instanceof Cancelled) return this.finish(imp.id, { status: 'cancelled' });
      const code = err instanceof DomainError ? err.code : 'IMPORT_FAILED';
      if (!(err instanceof DomainError)) this.logger.error({ err, importId }, 'import run failed');
      await this.finish(imp.id, { status: 'failed', failure: code });
    }
  }

  private async execute(imp: CatalogImport, mapping: ImportMapping, mode: 'all-or-nothing' | 'good-rows'): Promise<void> {
    const data = await this.files.bytes(imp.fileKey);
    const known = await this.knownItems(imp.enterpriseId);
    const existingProducts = await this.tx.getRepository(Product).count({ where: { enterpriseId: imp.enterpriseId } });
    let room = Math.max(0, this.config.catalog.maxProducts - existingProducts);

    // Pass 1: check every row; nothing is written.
    const problems: RowProblem[] = [];
    const badRows = new Set<number>();
    const total = await this.files.scan(data, imp.format, mapping, (r) => {
      if (r.item && !known.has(r.item.itemKey)) {
        if (room > 0) room--;
        else
          r.problems.push(
            rowProblem(r.row, imp.headers[mapping.itemNo!] ?? '', 'PRODUCT_LIMIT_REACHED', {
              max: this.config.catalog.maxProducts,
            }),
          );
      }
      if (r.problems.length) {
        badRows.add(r.row);
        problems.push(...r.problems);
      }
    });
    let badRowsKey: string | null = null;
    if (problems.length) {
      badRowsKey = `imports/${imp.id}-bad.csv`;
      await this.files.put(badRowsKey, badRowsCsv(problems), 'text/csv; charset=utf-8');
    }
    await this.imports.update({ id: imp.id }, { totalRows: total, bad: badRows.size, badRowsKey });
    if (mode === 'all-or-nothing' && badRows.size) {
      return this.finish(imp.id, { status: 'failed', failure: 'IMPORT_ROWS_INVALID' });
    }
    await this.assertNotCancelled(imp.id);

    // Pass 2: write the good rows in batches.
    const pricing = await this.settings.pricing(imp.enterpriseId);
    const counts = { created: 0, updated: 0, processed: badRows.size };
    const write = async () => {
      // One batch is written while the next is read and checked (the database and the parse overlap);
      // the reader waits for the write before it hands over another, so at most two batches are held.
      let writing: Promise<void> = Promise.resolve();
      let batch: ParsedItem[] = [];
      const writeBatch = async (items: ParsedItem[]) => {
        const done = await (mode === 'good-rows'
          ? this.tx.run(() => this.writer.writeBatch(imp.enterpriseId, imp.id, items, known, pricing))
          : this.writer.writeBatch(imp.enterpriseId, imp.id, items, known, pricing));
        counts.created += done.created;
        counts.updated += done.updated;
        counts.processed += items.length;
        await this.imports.update(
          { id: imp.id },
          { processedRows: counts.processed, created: counts.created, updated: counts.updated },
        );
        await this.assertNotCancelled(imp.id);
      };
      const flush = async () => {
        await writing;
        if (!batch.length) return;
        const items = batch;
        batch = [];
        writing = writeBatch(items);
        // A failed write is seen at the next flush; until then it must not count as unhandled.
        writing.catch(() => undefined);
        await yieldToLoop();
      };
      await this.files.scan(data, imp.format, mapping, async (r) => {
        if (!r.item || badRows.has(r.row)) return;
        batch.push(r.item);
        if (batch.length >= IMPORT_LIMITS.batchRows) await flush();
      });
      await flush();
      await writing;
    };
    if (mode === 'all-or-nothing') await this.tx.run(write);
    else await write();
    await this.finish(imp.id, {
      status: 'done',
      processedRows: total,
      created: counts.created,
      updated: counts.updated,
      bad: badRows.size,
    });
  }

  private async knownItems(enterpriseId: string): Promise<Map<string, KnownItem>> {
    const rows = await this.tx
      .getRepository(ImportedItem)
      .find({ where: { enterpriseId }, select: { id: true, itemNo: true, productId: true } });
    return new Map(rows.map((r) => [r.itemNo.toLowerCase(), { id: r.id, productId: r.productId }]));
  }

  private async assertNotCancelled(id: string): Promise<void> {
    const row = await this.imports.findOne({ where: { id }, select: { id: true, cancelRequested: true } });
    if (row?.cancelRequested) throw new Cancelled();
  }

  private async finish(id: string, fields: Partial<CatalogImport>): Promise<void> {
    await this.imports.update({ id }, { ...fields, finishedAt: new Date() });
  }
}
