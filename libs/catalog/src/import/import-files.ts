import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  assertEnterpriseMember,
  DomainError,
  OBJECT_STORAGE,
  ObjectStorage,
  Principal,
  TransactionalConnection,
} from '@livefair/core';
import type { ImportMapping } from '@livefair/protocol';
import { CatalogImport } from './entities/catalog-import.entity';
import { IMPORT_LIMITS } from './import-limits';
import { headInWorker, scanInWorker, ScanRefused } from './parse/scan-in-worker';
import type { CheckedRow, SheetHead } from './parse/scan-messages';
import { SheetError, SheetFormat, SheetLimits } from './parse/sheet-reader';

/** Where an import's computed preview is stored (the cleanup job removes it with the file). */
export function previewKey(importId: string): string {
  return `imports/${importId}-preview.json`;
}

/** Reading an import's stored file, and the import rows an exhibitor may touch. */
@Injectable()
export class ImportFiles {
  constructor(
    private readonly tx: TransactionalConnection,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxRows(): number {
    return this.config.catalogImport.maxRows;
  }

  get limits(): SheetLimits {
    return {
      maxRows: this.config.catalogImport.maxRows,
      maxColumns: IMPORT_LIMITS.maxColumns,
      maxCellChars: IMPORT_LIMITS.maxCellChars,
      maxUnzippedBytes: IMPORT_LIMITS.maxUnzippedBytes,
      maxZipEntries: IMPORT_LIMITS.maxZipEntries,
    };
  }

  /** The import, if the caller's enterprise owns it (403 NOT_OWNER otherwise). */
  async own(principal: Principal, id: string): Promise<CatalogImport> {
    const found = await this.tx.getRepository(CatalogImport).findOne({ where: { id } });
    if (!found) throw DomainError.notFound('IMPORT_NOT_FOUND', 'Import', id);
    assertEnterpriseMember(principal, found.enterpriseId);
    return found;
  }

  async bytes(key: string): Promise<Buffer> {
    const found = await this.storage.get(key);
    if (!found) throw new DomainError('IMPORT_FILE_UNREADABLE', 'The uploaded file is no longer stored; upload it again');
    const chunks: Buffer[] = [];
    for await (const chunk of found.body) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** A stored JSON object, or null when there is none (or it no longer parses). */
  async json<T>(key: string): Promise<T | null> {
    const found = await this.storage.get(key);
    if (!found) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of found.body) chunks.push(chunk as Buffer);
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8')) as T;
    } catch {
      return null;
    }
  }

  delete(key: string): Promise<void> {
    return this.storage.delete(key);
  }

  put(key: string, data: Buffer, contentType: string): Promise<void> {
    return this.storage.put(key, data, contentType);
  }

  /**
   * Reads and checks every data row of a file in a worker thread with a bounded heap (a run's passes
   * and the preview: the rows of a big workbook never pile up on the HTTP thread). Returns the
   * number of non-empty data rows; `withCells` hands each row's cells over as well.
   */
  async scan(
    data: Buffer,
    format: SheetFormat,
    mapping: ImportMapping,
    onRow: (r: CheckedRow) => void | Promise<void>,
    withCells = false,
  ): Promise<number> {
    const req = {
      data,
      format,
      limits: this.limits,
      mapping,
      maxRows: this.maxRows,
      batchRows: IMPORT_LIMITS.batchRows,
      withCells,
    };
    return this.refusalsAsErrors(() => scanInWorker(req, onRow));
  }

  /** An upload's header and sample rows, read in the scan thread. */
  head(data: Buffer, format: SheetFormat): Promise<SheetHead> {
    const req = { data, format, limits: this.limits, mapping: {}, maxRows: this.maxRows, batchRows: 1 };
    return this.refusalsAsErrors(() => headInWorker({ ...req, sampleRows: IMPORT_LIMITS.sampleRows }));
  }

  private async refusalsAsErrors<T>(work: () => Promise<T>): Promise<T> {
    const maxRows = this.maxRows;
    try {
      return await work();
    } catch (err) {
      if (!(err instanceof ScanRefused)) throw err;
      if (err.reason === 'rows-over-limit') {
        throw new DomainError('IMPORT_TOO_MANY_ROWS', `An import may have at most ${maxRows} data rows`);
      }
      if (err.reason === 'out-of-memory') {
        throw new DomainError('IMPORT_ZIP_TOO_LARGE', 'The workbook needs more memory to read than an import may use');
      }
      throw sheetDomainError(new SheetError(err.reason));
    }
  }
}

export function sheetDomainError(err: SheetError): DomainError {
  switch (err.reason) {
    case 'zip-bomb':
      return new DomainError('IMPORT_ZIP_TOO_LARGE', 'The workbook unpacks to more than the allowed size; it is refused');
    case 'too-many-rows':
      return new DomainError('IMPORT_TOO_MANY_ROWS', 'The sheet has more rows than an import may have');
    case 'too-many-columns':
      return new DomainError('IMPORT_TOO_MANY_COLUMNS', `A sheet may have at most ${IMPORT_LIMITS.maxColumns} columns`);
    default:
      return new DomainError('IMPORT_FILE_UNREADABLE', 'The file is not a readable XLSX or CSV export catalog');
  }
}
