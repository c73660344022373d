import type { ProductView } from '@livefair/protocol';

import type { ProductInput, SkuInput } from './catalogApi';
import { fenToYuan, yuanToFen } from './yuan';

/** What the edit form holds: prices as yuan text (sent as fen), empty rows allowed while typing. */
export interface TierForm {
  minQty?: number | null;
  unitYuan?: string | null;
}

export interface SkuForm {
  id?: string;
  skuCode?: string;
  specs?: Record<string, string | undefined>;
  retailYuan?: string | null;
  stock?: number | null;
  moq?: number | null;
  sampleOn: boolean;
  sampleYuan?: string | null;
  leadTimeDays?: number | null;
  tiers: TierForm[];
}

export interface ProductForm {
  name: string;
  nameEn?: string;
  description?: string;
  descriptionEn?: string;
  category?: string;
  unit: string;
  images: string[];
  specifications: { name?: string; value?: string }[];
  certifications: { name?: string; number?: string; issuer?: string; validUntil?: string }[];
  specNames: string[];
  skus: SkuForm[];
}

/** A new SKU: three empty tier rows, as the brief for factory sales reps has it. */
export function emptySku(): SkuForm {
  return { sampleOn: true, stock: 0, moq: 1, leadTimeDays: 7, tiers: [{}, {}, {}], specs: {} };
}

export function emptyProduct(): ProductForm {
  return {
    name: '',
    unit: '件',
    images: [],
    specifications: [],
    certifications: [],
    specNames: [],
    skus: [emptySku()],
  };
}

export function toForm(p: ProductView): ProductForm {
  const specNames = [...new Set(p.skus.flatMap((s) => Object.keys(s.specs)))].slice(0, 5);
  return {
    name: p.name,
    nameEn: p.nameEn,
    description: p.description,
    descriptionEn: p.descriptionEn,
    category: p.category,
    unit: p.unit,
    images: p.images.map((i) => i.key),
    specifications: p.specifications,
    certifications: p.certifications.map((c) => ({ ...c, validUntil: c.validUntil ?? '' })),
    specNames,
    skus: p.skus.map((s) => ({
      id: s.id,
      skuCode: s.skuCode,
      specs: s.specs,
      retailYuan: fenToYuan(s.retailPriceFen),
      stock: s.stock,
      moq: s.moq,
      sampleOn: s.samplePriceFen !== null,
      sampleYuan: s.samplePriceFen !== null ? fenToYuan(s.samplePriceFen) : undefined,
      leadTimeDays: s.leadTimeDays,
      tiers: [
        ...s.tiers.map((t) => ({ minQty: t.minQty, unitYuan: fenToYuan(t.unitPriceFen) })),
        ...Array.from({ length: Math.max(0, 3 - s.tiers.length) }, () => ({})),
      ],
    })),
  };
}

const text = (v: string | undefined | null) => (v ?? '').trim();
const filledTier = (t: TierForm) => t.minQty !== undefined && t.minQty !== null && text(t.unitYuan) !== '';

/** The form as the API takes it (the form's rules have checked every value). */
export function toInput(f: ProductForm): ProductInput {
  const names = f.specNames.map((n) => n.trim()).filter(Boolean);
  return {
    name: text(f.name),
    nameEn: text(f.nameEn),
    description: f.description ?? '',
    descriptionEn: f.descriptionEn ?? '',
    category: text(f.category),
    unit: text(f.unit),
    images: f.images,
    specifications: f.specifications
      .filter((s) => text(s.name) || text(s.value))
      .map((s) => ({ name: text(s.name), value: text(s.value) })),
    certifications: f.certifications
      .filter((c) => text(c.name))
      .map((c) => ({
        name: text(c.name),
        number: text(c.number),
        issuer: text(c.issuer),
        validUntil: text(c.validUntil) || null,
      })),
    skus: f.skus.map((s): SkuInput => ({
      ...(s.id ? { id: s.id } : {}),
      skuCode: text(s.skuCode),
      specs: Object.fromEntries(names.map((n) => [n, text(s.specs?.[n])]).filter(([, v]) => v)),
      retailPriceFen: yuanToFen(s.retailYuan) ?? 0,
      stock: s.stock ?? 0,
      moq: s.moq ?? 1,
      samplePriceFen: s.sampleOn ? (yuanToFen(s.sampleYuan) ?? 0) : null,
      leadTimeDays: s.leadTimeDays ?? 0,
      tiers: s.tiers.filter(filledTier).map((t) => ({ minQty: t.minQty as number, unitPriceFen: yuanToFen(t.unitYuan) ?? 0 })),
    })),
  };
}

const FORM_FIELD: Record<string, string> = {
  retailPriceFen: 'retailYuan',
  samplePriceFen: 'sampleYuan',
  unitPriceFen: 'unitYuan',
};

/**
 * An API field path (`skus.1.tiers.2`, `skus.0.retailPriceFen`) as the form's name path, so the
 * server's problems show under the input they are about. A tier row's problem goes on its quantity.
 */
export function formPath(field: string): (string | number)[] {
  const parts: (string | number)[] = field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : (FORM_FIELD[p] ?? p)));
  if (parts[0] === 'skus' && parts[2] === 'tiers' && parts.length === 4) parts.push('minQty');
  return parts;
}
