import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, Principal, TransactionalConnection } from '@livefair/core';
import { EnterpriseService } from '@livefair/expo';
import { In } from 'typeorm';
import { MatchSupplier } from '../entities/match-supplier.entity';
import { SupplierStore } from '../supplier-store.service';
import { OnboardingFormat, readOnboardingFile } from './onboarding-file';
import { parseSupplierRow, RowProblem, SupplierRow } from './supplier-row';

export interface OnboardingReport {
  /** Suppliers read from the file. */
  rows: number;
  created: number;
  updated: number;
  /** Each refused supplier: the line it starts on, its ref, and every problem. */
  rejected: { line: number; ref: string; problems: RowProblem[] }[];
  /** ref -> stored supplier id, for the rows stored. */
  supplierIds: Record<string, string>;
}

/**
 * An organizer's bulk onboarding of suppliers: each supplier is validated on its own; good ones
 * are stored (re-importing a ref replaces that supplier whole), bad ones are reported by line.
 */
@Injectable()
export class OnboardingService {
  constructor(
    private readonly store: SupplierStore,
    private readonly enterprises: EnterpriseService,
    private readonly tx: TransactionalConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(organizer: Principal, format: OnboardingFormat, content: string): Promise<OnboardingReport> {
    const records = readOnboardingFile(format, content);
    const max = this.config.matching.importMaxRows;
    if (records.length > max) throw new DomainError('ONBOARDING_TOO_LARGE', `One file holds at most ${max} suppliers; split it`);
    const report: OnboardingReport = { rows: records.length, created: 0, updated: 0, rejected: [], supplierIds: {} };
    const good: { line: number; row: SupplierRow }[] = [];
    const seen = new Set<string>();
    for (const rec of records) {
      const ref = refOf(rec.raw);
      if (rec.problem) {
        report.rejected.push({ line: rec.line, ref, problems: [rec.problem] });
        continue;
      }
      const parsed = parseSupplierRow(rec.raw);
      const problems = 'problems' in parsed ? parsed.problems : [];
      if ('row' in parsed) {
        if (seen.has(parsed.row.ref))
          problems.push({ field: 'ref', code: 'DUPLICATE_REF', message: 'This ref appears earlier in the file' });
        if (parsed.row.enterpriseId && !(await this.enterprises.view(parsed.row.enterpriseId)))
          problems.push({ field: 'enterpriseId', code: 'UNKNOWN_ENTERPRISE', message: 'No enterprise has this id' });
      }
      if (problems.length || !('row' in parsed)) report.rejected.push({ line: rec.line, ref, problems });
      else {
        seen.add(parsed.row.ref);
        good.push({ line: rec.line, row: parsed.row });
      }
    }
    const keys = good.map((g) => sourceKey(organizer.userId, g.row.ref));
    const known = new Set<string>();
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await this.tx
        .getRepository(MatchSupplier)
        .find({ select: { sourceKey: true }, where: { sourceKey: In(keys.slice(i, i + 500)) } });
      for (const r of rows) known.add(r.sourceKey);
    }
    const limit = this.config.matching.maxSuppliersPerOrganizer;
    if ((await this.store.count(organizer.userId)) + keys.filter((k) => !known.has(k)).length > limit)
      throw new DomainError('ONBOARDING_SUPPLIER_LIMIT', `An organizer may onboard at most ${limit} suppliers`);
    for (const { row } of good) {
      const { id, created } = await this.store.replace(
        sourceKey(organizer.userId, row.ref),
        {
          source: 'import',
          enterpriseId: row.enterpriseId,
          importedBy: organizer.userId,
          name: row.name,
          province: row.province,
          city: row.city,
          mainCategories: row.mainCategories,
          monthlyCapacity: row.monthlyCapacity,
          oem: row.oem,
          odm: row.odm,
          vatSpecialInvoice: row.vatSpecialInvoice,
          exportMarkets: row.exportMarkets,
          certifications: row.certifications,
          activity: row.activity,
          responseRate: row.responseRate,
        },
        row.products.map((p) => ({
          catalogProductId: null,
          ref: p.ref,
          title: p.title,
          titleEn: p.titleEn,
          description: p.description,
          tags: p.tags,
          categoryCode: p.categoryCode,
          moq: p.moq,
          priceFen: p.priceFen,
          leadTimeDays: p.leadTimeDays,
          certifications: p.certifications,
          samples: p.samples,
        })),
      );
      report.supplierIds[row.ref] = id;
      if (created) report.created++;
      else report.updated++;
    }
    return report;
  }
}

const sourceKey = (organizerId: string, ref: string) => `import:${organizerId}:${ref}`;
const refOf = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && typeof (raw as { ref?: unknown }).ref === 'string'
    ? (raw as { ref: string }).ref
    : '';
