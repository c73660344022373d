import { Injectable } from '@nestjs/common';
import { DomainError, JobQueue, Principal, TransactionalConnection } from '@livefair/core';
import {
  IMPORT_FIELDS,
  type ImportField,
  type ImportMapping,
  type ImportMode,
  type ImportView,
  type PreviewPage,
  type PreviewRow,
} from '@livefair/protocol';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { exhibitorEnterprise } from '../exhibitor-enterprise';
import { CatalogImport } from './entities/catalog-import.entity';
import { ImportedItem } from './entities/imported-item.entity';
import { ImportFiles, previewKey } from './import-files';
import type { CheckedRow } from './parse/scan-messages';
import { ImportSettingsService } from './import-settings.service';
import { proposedMapping, toImportView } from './import-views';
import { sniffFormat } from './parse/sheet-reader';

/**
 * A computed preview, kept for paging: stored next to the file (`imports/<id>-preview.json`) so any
 * API process pages it, and the last few in this process too. It is computed again when the mapping
 * or the enterprise's imported item numbers (creates vs updates) changed since.
 */
interface CachedPreview {
  mappingJson: string;
  knownStamp: string;
  rows: PreviewRow[];
  summary: Omit<PreviewPage, 'page' | 'pageSize' | 'items'>;
}

/** The exhibitor's side of an import: upload, mapping, preview, run, cancel, bad rows. */
@Injectable()
export class ImportService {
  private readonly previews = new Map<string, CachedPreview>();

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly files: ImportFiles,
    private readonly settings: ImportSettingsService,
    private readonly jobs: JobQueue,
  ) {}

  async upload(principal: Principal, fileName: string, data: Buffer): Promise<ImportView> {
    const enterpriseId = exhibitorEnterprise(principal);
    const format = sniffFormat(data);
    if (format === 'csv' && looksBinary(data)) {
      throw new DomainError('IMPORT_FILE_UNREADABLE', 'Only XLSX workbooks and CSV text files can be imported');
    }
    const table = await this.files.head(data, format);
    if (!table.headers.length) throw new DomainError('IMPORT_NO_HEADER', 'The sheet has no header row');
    const id = randomUUID();
    const fileKey = `imports/${id}.${format}`;
    await this.files.put(
      fileKey,
      data,
      format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv',
    );
    const repo = this.tx.getRepository(CatalogImport);
    const saved = await repo.save(
      repo.create({
        id,
        enterpriseId,
        userId: principal.userId,
        fileName: cleanFileName(fileName),
        format,
        fileKey,
        bytes: data.length,
        headerRow: table.headerRow,
        headers: table.headers.map((h) => h.slice(0, 200)),
        sample: table.sample.map((r) => r.map((c) => c.slice(0, 200))),
        mapping: null,
        mode: null,
        status: 'uploaded',
        badRowsKey: null,
        failure: null,
        finishedAt: null,
      }),
    );
    return this.view(saved);
  }

  async get(principal: Principal, id: string): Promise<ImportView> {
    return this.view(await this.files.own(principal, id));
  }

  async setMapping(principal: Principal, id: string, raw: Record<string, unknown>): Promise<ImportView> {
    const imp = await this.files.own(principal, id);
    if (imp.status === 'queued' || imp.status === 'running') {
      throw new DomainError('IMPORT_STATE_CONFLICT', 'The import is running; cancel it before changing the mapping');
    }
    const mapping = validMapping(raw, imp.headers.length);
    await this.tx.getRepository(CatalogImport).update({ id }, { mapping });
    await this.settings.rememberMapping(imp.enterpriseId, imp.headers, mapping);
    return this.get(principal, id);
  }

  async preview(
    principal: Principal,
    id: string,
    page: number,
    pageSize: number,
    only: 'all' | 'problems',
  ): Promise<PreviewPage> {
    const imp = await this.files.own(principal, id);
    if (!imp.mapping) throw new DomainError('IMPORT_NOT_MAPPED', 'Save a column mapping first');
    const computed = await this.computePreview(imp, imp.mapping);
    const rows = only === 'problems' ? computed.rows.filter((r) => r.problems.length) : computed.rows;
    return { ...computed.summary, page, pageSize, items: rows.slice((page - 1) * pageSize, page * pageSize) };
  }

  async start(principal: Principal, id: string, mode: ImportMode): Promise<ImportView> {
    const imp = await this.files.own(principal, id);
    if (!imp.mapping) throw new DomainError('IMPORT_NOT_MAPPED', 'Save a column mapping first');
    await this.tx.run(async () => {
      const repo = this.tx.getRepository(CatalogImport);
      const current = await repo.findOne({ where: { id } });
      if (!current || current.status === 'queued' || current.status === 'running' || current.status === 'done') {
        throw new DomainError(
          'IMPORT_STATE_CONFLICT',
          `The import is ${current?.status}; upload the file again to import it again`,
        );
      }
      const busy = await repo.count({ where: { enterpriseId: imp.enterpriseId, status: In(['queued', 'running']) } });
      if (busy) throw new DomainError('IMPORT_BUSY', 'Another import of this enterprise is running; wait for it or cancel it');
      await repo.update(
        { id },
        {
          mode,
          status: 'queued',
          cancelRequested: false,
          processedRows: 0,
          totalRows: 0,
          created: 0,
          updated: 0,
          bad: 0,
          failure: null,
          badRowsKey: null,
          finishedAt: null,
        },
      );
    });
    await this.jobs.enqueue('catalog.import.run', { importId: id }, { jobId: `import:${id}` });
    return this.get(principal, id);
  }

  async cancel(principal: Principal, id: string): Promise<ImportView> {
    const imp = await this.files.own(principal, id);
    if (imp.status !== 'queued' && imp.status !== 'running') {
      throw new DomainError(
        'IMPORT_STATE_CONFLICT',
        `The import is ${imp.status}; only a queued or running import can be cancelled`,
      );
    }
    await this.tx.getRepository(CatalogImport).update({ id }, { cancelRequested: true });
    return this.get(principal, id);
  }

  async badRows(principal: Principal, id: string): Promise<Buffer> {
    const imp = await this.files.own(principal, id);
    if (!imp.badRowsKey) throw DomainError.notFound('IMPORT_NOT_FOUND', 'Bad rows of import', id);
    return this.files.bytes(imp.badRowsKey);
  }

  private async view(imp: CatalogImport): Promise<ImportView> {
    const remembered = await this.settings.rememberedMapping(imp.enterpriseId);
    return toImportView(imp, proposedMapping(imp.headers, remembered));
  }

  private async computePreview(imp: CatalogImport, mapping: ImportMapping): Promise<CachedPreview> {
    const mappingJson = JSON.stringify(mapping);
    const knownStamp = await this.knownStamp(imp.enterpriseId);
    const fresh = (p: CachedPreview | null | undefined): p is CachedPreview =>
      !!p && p.mappingJson === mappingJson && p.knownStamp === knownStamp;
    const local = this.previews.get(imp.id);
    if (fresh(local)) return local;
    const stored = await this.files.json<CachedPreview>(previewKey(imp.id));
    if (fresh(stored)) {
      this.keep(imp.id, stored);
      return stored;
    }
    const data = await this.files.bytes(imp.fileKey);
    const knownRows = await this.tx
      .getRepository(ImportedItem)
      .find({ where: { enterpriseId: imp.enterpriseId }, select: { itemNo: true } });
    const known = new Set(knownRows.map((r) => r.itemNo.toLowerCase()));
    const rows: PreviewRow[] = [];
    const summary = { total: 0, good: 0, bad: 0, creates: 0, updates: 0 };
    const cell = (cells: string[] = [], f: ImportField) => (mapping[f] === undefined ? '' : (cells[mapping[f]!] ?? ''));
    const scanned = (r: CheckedRow) => {
      const action = r.problems.length ? 'skip' : known.has(r.item!.itemKey) ? 'update' : 'create';
      if (action === 'skip') summary.bad++;
      else summary.good++;
      if (action === 'create') summary.creates++;
      if (action === 'update') summary.updates++;
      rows.push({
        row: r.row,
        itemNo: cell(r.cells, 'itemNo').slice(0, 64),
        nameEn: (r.item?.nameEn ?? cell(r.cells, 'nameEn')).slice(0, 200),
        name: (r.item?.name ?? cell(r.cells, 'name')).slice(0, 200),
        hsCode: r.item?.hsCode ?? cell(r.cells, 'hsCode').slice(0, 20),
        fobUsdCents: r.item?.fobUsdCents ?? null,
        moq: r.item?.moq ?? null,
        action,
        problems: r.problems,
      });
    };
    summary.total = await this.files.scan(data, imp.format, mapping, scanned, true);
    const result = { mappingJson, knownStamp, rows, summary };
    await this.files.put(previewKey(imp.id), Buffer.from(JSON.stringify(result)), 'application/json');
    this.keep(imp.id, result);
    return result;
  }

  private keep(id: string, preview: CachedPreview): void {
    this.previews.delete(id);
    this.previews.set(id, preview);
    while (this.previews.size > 4) this.previews.delete(this.previews.keys().next().value!);
  }

  /** Changes whenever the enterprise's imported item numbers do (a run created or re-imported some). */
  private async knownStamp(enterpriseId: string): Promise<string> {
    const row = await this.tx
      .getRepository(ImportedItem)
      .createQueryBuilder('i')
      .select('COUNT(*)', 'n')
      .addSelect('MAX(i.updatedAt)', 'last')
      .where('i.enterpriseId = :enterpriseId', { enterpriseId })
      .getRawOne<{ n: string | number; last: string | Date | null }>();
    const last = row?.last ? new Date(row.last).getTime() : 0;
    return `${Number(row?.n ?? 0)}:${last}`;
  }
}

/** A mapping the file can take: known fields, columns that exist, each column once, an item number and a title. */
function validMapping(raw: Record<string, unknown>, columns: number): ImportMapping {
  const problems: { field: string; problems: string[] }[] = [];
  const mapping: ImportMapping = {};
  const used = new Map<number, string>();
  for (const [field, column] of Object.entries(raw ?? {})) {
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) {
      problems.push({ field: `mapping.${field}`, problems: ['is not an import field'] });
      continue;
    }
    if (column === null || column === undefined) continue;
    if (typeof column !== 'number' || !Number.isInteger(column) || column < 0 || column >= columns) {
      problems.push({ field: `mapping.${field}`, problems: [`must be a column from 0 to ${columns - 1}`] });
      continue;
    }
    if (used.has(column)) {
      problems.push({ field: `mapping.${field}`, problems: [`column ${column} is already mapped to ${used.get(column)}`] });
      continue;
    }
    used.set(column, field);
    mapping[field as ImportField] = column;
  }
  if (mapping.itemNo === undefined) problems.push({ field: 'mapping.itemNo', problems: ['the item number column is required'] });
  if (mapping.name === undefined && mapping.nameEn === undefined) {
    problems.push({ field: 'mapping.nameEn', problems: ['a title column (name or nameEn) is required'] });
  }
  if (problems.length) throw new DomainError('IMPORT_MAPPING_INVALID', 'The column mapping does not fit this file', problems);
  return mapping;
}

function looksBinary(data: Buffer): boolean {
  const head = data.subarray(0, 4096);
  // UTF-16 text has NULs; its BOM says so.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  return head.includes(0);
}

function cleanFileName(name: string): string {
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/\p{Cc}/gu, '')
    .trim();
  return (base || 'catalog').slice(0, 200);
}
