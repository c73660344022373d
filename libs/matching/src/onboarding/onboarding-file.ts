import { parse } from 'csv-parse/sync';
import { DomainError } from '@livefair/core';
import { RowProblem } from './supplier-row';

export type OnboardingFormat = 'jsonl' | 'csv';

/** One supplier's raw record from a file, with the line it started on. */
export interface RawSupplier {
  line: number;
  raw: unknown;
  /** A problem found before validation (a line that is not JSON). */
  problem?: RowProblem;
}

/** The CSV columns: supplier fields (repeated on each of its product lines), then product fields. */
export const CSV_SUPPLIER_COLUMNS = [
  'supplierRef',
  'enterpriseId',
  'name',
  'province',
  'city',
  'mainCategories',
  'monthlyCapacity',
  'oem',
  'odm',
  'vatSpecialInvoice',
  'exportMarkets',
  'supplierCertifications',
  'activity',
  'responseRate',
] as const;
export const CSV_PRODUCT_COLUMNS = [
  'productRef',
  'title',
  'titleEn',
  'description',
  'tags',
  'categoryCode',
  'moq',
  'priceFen',
  'leadTimeDays',
  'productCertifications',
  'samples',
] as const;
const REQUIRED_CSV = ['supplierRef', 'name', 'province', 'title', 'categoryCode'];

/** Splits a file into supplier records: one JSON object a line, or CSV product lines grouped by supplierRef. */
export function readOnboardingFile(format: OnboardingFormat, content: string): RawSupplier[] {
  const text = content.replace(/^\uFEFF/, '');
  if (format === 'jsonl') {
    const out: RawSupplier[] = [];
    text.split(/\r?\n/).forEach((l, i) => {
      if (!l.trim()) return;
      try {
        out.push({ line: i + 1, raw: JSON.parse(l) });
      } catch {
        out.push({
          line: i + 1,
          raw: null,
          problem: { field: '', code: 'ROW_NOT_JSON', message: 'This line is not a JSON object' },
        });
      }
    });
    return out;
  }
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true, bom: true });
  } catch (err) {
    throw new DomainError('ONBOARDING_FORMAT_INVALID', `The CSV cannot be read: ${(err as Error).message}`);
  }
  const header = records.length ? Object.keys(records[0]) : [];
  const missing = REQUIRED_CSV.filter((c) => !header.includes(c));
  if (records.length && missing.length)
    throw new DomainError('ONBOARDING_FORMAT_INVALID', `The CSV header lacks ${missing.join(', ')}`);
  const bySupplier = new Map<string, RawSupplier>();
  records.forEach((r, i) => {
    const ref = r.supplierRef ?? '';
    let entry = bySupplier.get(ref);
    if (!entry) {
      entry = {
        line: i + 2,
        raw: {
          ref,
          enterpriseId: r.enterpriseId,
          name: r.name,
          province: r.province,
          city: r.city,
          mainCategories: r.mainCategories,
          monthlyCapacity: r.monthlyCapacity,
          oem: r.oem,
          odm: r.odm,
          vatSpecialInvoice: r.vatSpecialInvoice,
          exportMarkets: r.exportMarkets,
          certifications: r.supplierCertifications,
          activity: r.activity,
          responseRate: r.responseRate,
          products: [],
        },
      };
      bySupplier.set(ref, entry);
    }
    (entry.raw as { products: unknown[] }).products.push({
      ref: r.productRef,
      title: r.title,
      titleEn: r.titleEn,
      description: r.description,
      tags: r.tags,
      categoryCode: r.categoryCode,
      moq: r.moq,
      priceFen: r.priceFen,
      leadTimeDays: r.leadTimeDays,
      certifications: r.productCertifications,
      samples: r.samples,
    });
  });
  return [...bySupplier.values()];
}
