import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, JobHandler, TransactionalConnection } from '@livefair/core';
import { In, LessThan, Not } from 'typeorm';
import { CatalogImport } from './entities/catalog-import.entity';
import { ImportFiles, previewKey } from './import-files';

/** Imports removed per round; a pass goes on until none is left past the retention (or MAX_ROUNDS). */
const ROUND = 200;
const MAX_ROUNDS = 50;

/**
 * Every hour (`catalog.import.cleanup`): uploads older than IMPORT_RETENTION_HOURS lose their stored
 * file, preview and bad rows, and their import record. A queued or running import is never touched.
 * The products an import wrote, and their readiness records, stay: they are the catalog now.
 */
@Injectable()
export class ImportCleanup {
  private readonly logger = new Logger('CatalogImport');

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly files: ImportFiles,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @JobHandler('catalog.import.cleanup')
  async run(): Promise<void> {
    await this.sweep();
  }

  /** One pass; answers how many imports it removed. */
  async sweep(): Promise<number> {
    const cutoff = new Date(Date.now() - this.config.catalogImport.retentionMs);
    const repo = this.tx.getRepository(CatalogImport);
    let removed = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const old = await repo.find({
        where: { createdAt: LessThan(cutoff), status: Not(In(['queued', 'running'])) },
        select: { id: true, fileKey: true, badRowsKey: true },
        order: { createdAt: 'ASC' },
        take: ROUND,
      });
      if (!old.length) break;
      for (const imp of old) {
        // Files first: a pass stopped half-way leaves records whose files are gone, which the next pass removes.
        await this.files.delete(imp.fileKey);
        if (imp.badRowsKey) await this.files.delete(imp.badRowsKey);
        await this.files.delete(previewKey(imp.id));
      }
      await repo.delete({ id: In(old.map((i) => i.id)), status: Not(In(['queued', 'running'])) });
      removed += old.length;
    }
    if (removed) this.logger.log({ removed }, 'old catalog uploads removed');
    return removed;
  }
}
