import { CN_PROVINCES } from '@livefair/protocol';
import { categoryVocabulary, isCertificationCode } from '../engine/vocabulary';

/** One supplier of an onboarding file, as validated (docs/matching.md, "Onboarding"). */
export interface SupplierRow {
  ref: string;
  enterpriseId: string | null;
  name: string;
  province: string;
  city: string;
  mainCategories: string[];
  monthlyCapacity: number | null;
  oem: boolean;
  odm: boolean;
  vatSpecialInvoice: boolean;
  exportMarkets: string[];
  certifications: string[];
  activity: number;
  responseRate: number | null;
  products: ProductRow[];
}

export interface ProductRow {
  ref: string;
  title: string;
  titleEn: string;
  description: string;
  tags: string[];
  categoryCode: string;
  moq: number;
  priceFen: number | null;
  leadTimeDays: number | null;
  certifications: string[];
  samples: boolean;
}

/** One problem of a row: where (a field path) and a stable code. */
export interface RowProblem {
  field: string;
  code: string;
  message: string;
}

export const ONBOARDING_LIMITS = {
  refChars: 64,
  nameChars: 128,
  titleChars: 200,
  descriptionChars: 4000,
  tags: 20,
  tagChars: 40,
  productsPerSupplier: 200,
  certifications: 20,
  maxQuantity: 10_000_000,
  maxPriceFen: 1_000_000_000,
  maxLeadTimeDays: 365,
} as const;

const PROVINCES = new Set<string>(CN_PROVINCES);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Validates one supplier row (a parsed JSON object); the row, or every problem it has. */
export function parseSupplierRow(raw: unknown): { row: SupplierRow } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const bad = (field: string, code: string, message: string) => problems.push({ field, code, message });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { problems: [{ field: '', code: 'ROW_NOT_OBJECT', message: 'A row must be a JSON object' }] };
  const o = raw as Record<string, unknown>;
  const L = ONBOARDING_LIMITS;

  const text = (obj: Record<string, unknown>, key: string, path: string, max: number, required: boolean): string => {
    const v = obj[key];
    if (v === undefined || v === null || v === '') {
      if (required) bad(path, 'FIELD_REQUIRED', `${path} is required`);
      return '';
    }
    if (typeof v !== 'string') return (bad(path, 'FIELD_TYPE', `${path} must be a string`), '');
    const t = v.trim();
    if (required && !t) bad(path, 'FIELD_REQUIRED', `${path} is required`);
    if ([...t].length > max) bad(path, 'FIELD_TOO_LONG', `${path} has at most ${max} characters`);
    return t;
  };
  const int = (
    obj: Record<string, unknown>,
    key: string,
    path: string,
    min: number,
    max: number,
    required: boolean,
  ): number | null => {
    const v = obj[key];
    if (v === undefined || v === null || v === '') {
      if (required) bad(path, 'FIELD_REQUIRED', `${path} is required`);
      return null;
    }
    const n = typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isInteger(n)) return (bad(path, 'FIELD_TYPE', `${path} must be a whole number`), null);
    if (n < min || n > max) return (bad(path, 'FIELD_RANGE', `${path} must be between ${min} and ${max}`), null);
    return n;
  };
  const ratio = (key: string): number | null => {
    const v = o[key];
    if (v === undefined || v === null || v === '') return null;
    const n = typeof v === 'string' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 1)
      return (bad(key, 'FIELD_RANGE', `${key} must be a number from 0 to 1`), null);
    return n;
  };
  const bool = (obj: Record<string, unknown>, key: string, path: string): boolean => {
    const v = obj[key];
    if (v === undefined || v === null || v === '') return false;
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === '1' || v === 'yes') return true;
    if (v === 'false' || v === '0' || v === 'no') return false;
    bad(path, 'FIELD_TYPE', `${path} must be true or false`);
    return false;
  };
  const list = (obj: Record<string, unknown>, key: string, path: string, max: number, itemChars: number): string[] => {
    const v = obj[key];
    if (v === undefined || v === null || v === '') return [];
    const items = typeof v === 'string' ? v.split('|') : v;
    if (!Array.isArray(items) || items.some((x) => typeof x !== 'string'))
      return (bad(path, 'FIELD_TYPE', `${path} must be a list of strings`), []);
    const out = (items as string[]).map((x) => x.trim()).filter(Boolean);
    if (out.length > max) bad(path, 'FIELD_TOO_LONG', `${path} has at most ${max} items`);
    if (out.some((x) => [...x].length > itemChars))
      bad(path, 'FIELD_TOO_LONG', `each of ${path} has at most ${itemChars} characters`);
    return out;
  };
  const certs = (obj: Record<string, unknown>, key: string, path: string): string[] => {
    const out = list(obj, key, path, L.certifications, 32).map((c) => c.toUpperCase());
    for (const c of out)
      if (!isCertificationCode(c)) bad(path, 'UNKNOWN_CERTIFICATION', `${path}: unknown certification code ${c}`);
    return out;
  };

  const ref = text(o, 'ref', 'ref', L.refChars, true);
  const enterpriseId = text(o, 'enterpriseId', 'enterpriseId', 36, false) || null;
  if (enterpriseId && !UUID.test(enterpriseId)) bad('enterpriseId', 'FIELD_TYPE', 'enterpriseId must be an id');
  const name = text(o, 'name', 'name', L.nameChars, true);
  const province = text(o, 'province', 'province', 8, true);
  if (province && !PROVINCES.has(province))
    bad('province', 'UNKNOWN_PROVINCE', 'province must be a short Chinese province name (浙江, 广东 ...)');
  const mainCategories = list(o, 'mainCategories', 'mainCategories', 10, 64);
  for (const c of mainCategories)
    if (!categoryVocabulary.get(c)) bad('mainCategories', 'UNKNOWN_CATEGORY', `unknown category code ${c}`);

  const productsRaw = o.products;
  const products: ProductRow[] = [];
  if (!Array.isArray(productsRaw) || productsRaw.length === 0)
    bad('products', 'FIELD_REQUIRED', 'products: at least one product');
  else if (productsRaw.length > L.productsPerSupplier)
    bad('products', 'FIELD_TOO_LONG', `at most ${L.productsPerSupplier} products`);
  else
    productsRaw.forEach((pr, i) => {
      const at = `products[${i}]`;
      if (typeof pr !== 'object' || pr === null || Array.isArray(pr)) return bad(at, 'FIELD_TYPE', `${at} must be an object`);
      const p = pr as Record<string, unknown>;
      const categoryCode = text(p, 'categoryCode', `${at}.categoryCode`, 64, true);
      if (categoryCode && !categoryVocabulary.get(categoryCode))
        bad(`${at}.categoryCode`, 'UNKNOWN_CATEGORY', `unknown category code ${categoryCode}`);
      products.push({
        ref: text(p, 'ref', `${at}.ref`, L.refChars, false) || `${i + 1}`,
        title: text(p, 'title', `${at}.title`, L.titleChars, true),
        titleEn: text(p, 'titleEn', `${at}.titleEn`, L.titleChars, false),
        description: text(p, 'description', `${at}.description`, L.descriptionChars, false),
        tags: list(p, 'tags', `${at}.tags`, L.tags, L.tagChars),
        categoryCode,
        moq: int(p, 'moq', `${at}.moq`, 1, L.maxQuantity, false) ?? 1,
        priceFen: int(p, 'priceFen', `${at}.priceFen`, 1, L.maxPriceFen, false),
        leadTimeDays: int(p, 'leadTimeDays', `${at}.leadTimeDays`, 0, L.maxLeadTimeDays, false),
        certifications: certs(p, 'certifications', `${at}.certifications`),
        samples: bool(p, 'samples', `${at}.samples`),
      });
    });
  const refs = products.map((p) => p.ref);
  if (new Set(refs).size !== refs.length) bad('products', 'DUPLICATE_REF', 'each product of a supplier needs its own ref');

  const row: SupplierRow = {
    ref,
    enterpriseId,
    name,
    province,
    city: text(o, 'city', 'city', 32, false),
    mainCategories,
    monthlyCapacity: int(o, 'monthlyCapacity', 'monthlyCapacity', 0, 1_000_000_000, false),
    oem: bool(o, 'oem', 'oem'),
    odm: bool(o, 'odm', 'odm'),
    vatSpecialInvoice: bool(o, 'vatSpecialInvoice', 'vatSpecialInvoice'),
    exportMarkets: list(o, 'exportMarkets', 'exportMarkets', 30, 32),
    certifications: certs(o, 'certifications', 'certifications'),
    activity: ratio('activity') ?? 0,
    responseRate: ratio('responseRate'),
    products,
  };
  return problems.length ? { problems } : { row };
}
