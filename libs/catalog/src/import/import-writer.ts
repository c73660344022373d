import { Injectable } from '@nestjs/common';
import { insertRows, TransactionalConnection, upsertRows } from '@livefair/core';
import type { CccStatus, CertificationView, PricingSettingsView } from '@livefair/protocol';
import { orderedUuid } from './ordered-id';
import { In } from 'typeorm';
import { Product } from '../entities/product.entity';
import { Sku } from '../entities/sku.entity';
import { cccPointer, isCccCertificate } from './domestic/ccc-catalogue';
import { categoryFor } from './domestic/hs-categories';
import { proposePrices } from './domestic/pricing';
import { ImportedItem } from './entities/imported-item.entity';
import { ParsedItem } from './parse/row-check';

/** What the writer knows of an item number the enterprise imported before. */
export interface KnownItem {
  id: string;
  productId: string;
}

const UNITS: Record<string, string> = {
  pc: '件',
  pcs: '件',
  piece: '件',
  pieces: '件',
  ea: '件',
  each: '件',
  set: '套',
  sets: '套',
  pair: '双',
  pairs: '双',
  prs: '双',
  box: '箱',
  boxes: '箱',
  carton: '箱',
  ctn: '箱',
  ctns: '箱',
  m: '米',
  meter: '米',
  metre: '米',
  meters: '米',
  kg: '千克',
  kgs: '千克',
  ton: '吨',
  tons: '吨',
  unit: '台',
  units: '台',
  sheet: '张',
  sheets: '张',
  dozen: '打',
  doz: '打',
};

/** A unit as the catalog shows it: English export units in Chinese, others as written (at most 16). */
export function domesticUnit(unit: string): string {
  const u = unit.trim();
  if (!u) return '件';
  return UNITS[u.toLowerCase().replace(/\.$/, '')] ?? u.slice(0, 16);
}

export function initialCcc(hsCode: string, certifications: string[]): CccStatus {
  if (!cccPointer(hsCode)) return 'not-listed';
  return certifications.some(isCccCertificate) ? 'required' : 'check';
}

/**
 * A re-import adds certifications, never takes them away: the ones held (the exhibitor's own,
 * earlier files') stay in their order, the file's new ones follow (names compared case-insensitively).
 */
export function mergedCertifications(held: string[], imported: string[]): string[] {
  const seen = new Set(held.map((n) => n.toUpperCase()));
  return [...held, ...imported.filter((n) => !seen.has(n.toUpperCase()) && seen.add(n.toUpperCase()))];
}

/** The same on the product, whose entries keep the number, issuer and validity the exhibitor entered. */
export function mergedProductCertifications(held: CertificationView[], imported: string[]): CertificationView[] {
  const seen = new Set(held.map((c) => c.name.toUpperCase()));
  const added = imported.filter((n) => !seen.has(n.toUpperCase()) && seen.add(n.toUpperCase()));
  return [...held, ...added.map((name) => ({ name, number: '', issuer: '', validUntil: null }))];
}

/**
 * Writes one batch of checked rows in the caller's transaction: new item numbers become draft
 * products with one SKU (the item number as its code) and an imported item; known ones update
 * their product, SKU and item. New rows go in with one multi-row INSERT per table.
 */
@Injectable()
export class ImportWriter {
  constructor(private readonly tx: TransactionalConnection) {}

  async writeBatch(
    enterpriseId: string,
    importId: string,
    items: ParsedItem[],
    known: Map<string, KnownItem>,
    pricing: PricingSettingsView,
  ): Promise<{ created: number; updated: number }> {
    const now = new Date();
    const creates = items.filter((i) => !known.has(i.itemKey));
    const updates = items.filter((i) => known.has(i.itemKey));
    const products: Product[] = [];
    const skus: Sku[] = [];
    const rows: ImportedItem[] = [];
    for (const i of creates) {
      const productId = orderedUuid();
      const guess = i.category
        ? { category: i.category, source: 'exhibitor' as const }
        : categoryFor(i.hsCode, `${i.nameEn} ${i.name}`);
      const prices = i.fobUsdCents !== null ? proposePrices(i.fobUsdCents, pricing) : null;
      const moq = i.moq ?? 1;
      products.push(
        Object.assign(new Product(), {
          id: productId,
          enterpriseId,
          name: (i.name || i.nameEn).slice(0, 200),
          nameEn: i.nameEn,
          description: i.description,
          descriptionEn: i.descriptionEn,
          category: guess.category,
          unit: domesticUnit(i.unit),
          specifications: i.cartonSize ? [{ name: '箱规', value: i.cartonSize.slice(0, 200) }] : [],
          certifications: i.certifications.map((name) => ({ name, number: '', issuer: '', validUntil: null })),
          images: [],
          status: 'draft' as const,
          createdAt: now,
          updatedAt: now,
        }),
      );
      skus.push(
        Object.assign(new Sku(), {
          id: orderedUuid(),
          productId,
          skuCode: i.itemNo,
          specs: {},
          priceFen: prices?.retailFen ?? 0,
          stock: i.stock ?? 0,
          moq,
          samplePriceFen: null,
          leadTimeDays: 7,
          tiers: [{ minQty: moq, unitPriceFen: prices?.wholesaleFen ?? 0 }],
          sortOrder: 0,
          removedAt: null,
        }),
      );
      const item = Object.assign(new ImportedItem(), {
        id: orderedUuid(),
        enterpriseId,
        itemNo: i.itemNo,
        productId,
        importId,
        hsCode: i.hsCode,
        fobUsdCents: i.fobUsdCents,
        cartonSize: i.cartonSize,
        certifications: i.certifications,
        categorySource: guess.source,
        category: guess.category,
        wholesaleFen: prices?.wholesaleFen ?? null,
        retailFen: prices?.retailFen ?? null,
        pricesEdited: false,
        ccc: initialCcc(i.hsCode, i.certifications),
        labelsConfirmed: [],
        acceptedAt: null,
        updatedAt: now,
      });
      rows.push(item);
      known.set(i.itemKey, { id: item.id, productId });
    }
    const manager = this.tx.manager;
    await insertRows(manager, Product, products);
    await insertRows(manager, Sku, skus);
    await insertRows(manager, ImportedItem, rows);
    if (updates.length) await this.updateKnown(importId, updates, known, pricing, now);
    return { created: creates.length, updated: updates.length };
  }

  /**
   * Known item numbers: their items, products and SKUs are read once per batch and written back
   * with one multi-row upsert per table (not an UPDATE per row).
   */
  private async updateKnown(
    importId: string,
    updates: ParsedItem[],
    known: Map<string, KnownItem>,
    pricing: PricingSettingsView,
    now: Date,
  ): Promise<void> {
    const manager = this.tx.manager;
    const ids = updates.map((u) => known.get(u.itemKey)!.id);
    const current = new Map((await manager.find(ImportedItem, { where: { id: In(ids) } })).map((r) => [r.id, r]));
    const productIds = updates.map((u) => known.get(u.itemKey)!.productId);
    const productsById = new Map((await manager.find(Product, { where: { id: In(productIds) } })).map((p) => [p.id, p]));
    const skuOf = new Map(
      (await manager.find(Sku, { where: { productId: In(productIds) } })).map((s) => [`${s.productId}\n${s.skuCode}`, s]),
    );
    const items: ImportedItem[] = [];
    const products: Product[] = [];
    const skus: Sku[] = [];
    for (const i of updates) {
      const k = known.get(i.itemKey)!;
      const item = current.get(k.id);
      const product = productsById.get(k.productId);
      if (!item || !product) continue;
      const guess =
        item.categorySource === 'exhibitor'
          ? { category: item.category, source: 'exhibitor' as const }
          : i.category
            ? { category: i.category, source: 'exhibitor' as const }
            : categoryFor(i.hsCode, `${i.nameEn} ${i.name}`);
      const prices = i.fobUsdCents !== null ? proposePrices(i.fobUsdCents, pricing) : null;
      const wholesaleFen = item.pricesEdited ? item.wholesaleFen : (prices?.wholesaleFen ?? null);
      const retailFen = item.pricesEdited ? item.retailFen : (prices?.retailFen ?? null);
      const certifications = mergedCertifications(item.certifications, i.certifications);
      const ccc = item.hsCode === i.hsCode && item.ccc !== 'check' ? item.ccc : initialCcc(i.hsCode, certifications);
      items.push(
        Object.assign(item, {
          importId,
          itemNo: i.itemNo,
          hsCode: i.hsCode,
          fobUsdCents: i.fobUsdCents,
          cartonSize: i.cartonSize,
          certifications,
          category: guess.category,
          categorySource: guess.source,
          wholesaleFen,
          retailFen,
          ccc,
          updatedAt: now,
        }),
      );
      // The file's texts replace the product's, except a Chinese title the exhibitor wrote when the file has none.
      products.push(
        Object.assign(product, {
          name: (i.name || (product.name && product.name !== product.nameEn ? product.name : i.nameEn)).slice(0, 200),
          nameEn: i.nameEn || product.nameEn,
          description: i.description || product.description,
          descriptionEn: i.descriptionEn || product.descriptionEn,
          category: guess.category,
          unit: i.unit ? domesticUnit(i.unit) : product.unit,
          certifications: mergedProductCertifications(product.certifications, i.certifications),
          updatedAt: now,
        }),
      );
      // The SKU whose code is the item number (one the exhibitor renamed or removed is left alone).
      const sku = skuOf.get(`${product.id}\n${i.itemNo}`);
      if (!sku) continue;
      const moq = i.moq ?? 1;
      skus.push(
        Object.assign(sku, {
          priceFen: retailFen ?? 0,
          moq,
          stock: i.stock ?? sku.stock,
          tiers: [{ minQty: moq, unitPriceFen: wholesaleFen ?? 0 }],
        }),
      );
    }
    await upsertRows(manager, ImportedItem, items, [
      'importId',
      'itemNo',
      'hsCode',
      'fobUsdCents',
      'cartonSize',
      'certifications',
      'category',
      'categorySource',
      'wholesaleFen',
      'retailFen',
      'ccc',
      'updatedAt',
    ]);
    await upsertRows(manager, Product, products, [
      'name',
      'nameEn',
      'description',
      'descriptionEn',
      'category',
      'unit',
      'certifications',
      'updatedAt',
    ]);
    await upsertRows(manager, Sku, skus, ['priceFen', 'moq', 'stock', 'tiers']);
  }
}
