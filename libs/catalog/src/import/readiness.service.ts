import { Injectable } from '@nestjs/common';
import { assertEnterpriseMember, DomainError, Principal, TransactionalConnection } from '@livefair/core';
import type { ReadinessBlocker, ReadinessItemView, ReadinessPage, ReadinessReportRow } from '@livefair/protocol';
import { In } from 'typeorm';
import { Product } from '../entities/product.entity';
import { Sku } from '../entities/sku.entity';
import { exhibitorEnterprise } from '../exhibitor-enterprise';
import { csvCell } from './bad-rows-csv';
import { proposePrices } from './domestic/pricing';
import { ReadinessEditDto } from './dto/import.dto';
import { ImportedItem } from './entities/imported-item.entity';
import { ImportSettingsService } from './import-settings.service';
import { HARD_BLOCKERS, readinessOf } from './readiness';

const BLOCKERS: ReadinessBlocker[] = [
  'no-chinese-title',
  'no-chinese-description',
  'no-price',
  'ccc-unconfirmed',
  'ccc-missing',
  'labelling-incomplete',
  'not-accepted',
];

/** Domestic readiness of imported products: the list, the exhibitor's edits and acceptance, reports. */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly settings: ImportSettingsService,
  ) {}

  async list(principal: Principal, page: number, pageSize: number, only: 'all' | 'ready' | 'blocked'): Promise<ReadinessPage> {
    const enterpriseId = exhibitorEnterprise(principal);
    const all = await this.allOf(enterpriseId);
    const filtered =
      only === 'ready'
        ? all.filter((i) => i.blockers.length === 0)
        : only === 'blocked'
          ? all.filter((i) => i.blockers.length)
          : all;
    return { items: filtered.slice((page - 1) * pageSize, page * pageSize), total: filtered.length, page, pageSize };
  }

  async one(principal: Principal, productId: string): Promise<ReadinessItemView> {
    const { item, product } = await this.ownItem(principal, productId);
    return readinessOf(item, product, await this.settings.pricing(item.enterpriseId));
  }

  async edit(principal: Principal, productId: string, dto: ReadinessEditDto): Promise<ReadinessItemView> {
    await this.tx.run(async () => {
      const { item, product } = await this.ownItem(principal, productId);
      const pricing = await this.settings.pricing(item.enterpriseId);
      const itemFields: Partial<ImportedItem> = { updatedAt: new Date() };
      if (dto.repropose) {
        const p = item.fobUsdCents !== null ? proposePrices(item.fobUsdCents, pricing) : null;
        Object.assign(itemFields, {
          wholesaleFen: p?.wholesaleFen ?? null,
          retailFen: p?.retailFen ?? null,
          pricesEdited: false,
        });
      }
      if (dto.wholesaleFen !== undefined || dto.retailFen !== undefined) {
        Object.assign(itemFields, {
          wholesaleFen: dto.wholesaleFen ?? item.wholesaleFen,
          retailFen: dto.retailFen ?? item.retailFen,
          pricesEdited: true,
        });
      }
      if (dto.category !== undefined) Object.assign(itemFields, { category: dto.category, categorySource: 'exhibitor' });
      if (dto.ccc !== undefined) itemFields.ccc = dto.ccc;
      if (dto.certifications !== undefined) itemFields.certifications = [...new Set(dto.certifications.map((c) => c.trim()))];
      if (dto.labelsConfirmed !== undefined) itemFields.labelsConfirmed = [...new Set(dto.labelsConfirmed)];
      await this.tx.getRepository(ImportedItem).update({ id: item.id }, itemFields);
      const productFields: Partial<Product> = {};
      if (dto.name !== undefined) productFields.name = dto.name.trim();
      if (dto.description !== undefined) productFields.description = dto.description;
      if (dto.category !== undefined) productFields.category = dto.category;
      if (itemFields.certifications) {
        const held = new Map(product.certifications.map((c) => [c.name.toUpperCase(), c]));
        productFields.certifications = itemFields.certifications.map(
          (name) => held.get(name.toUpperCase()) ?? { name, number: '', issuer: '', validUntil: null },
        );
      }
      if (Object.keys(productFields).length) {
        await this.tx.getRepository(Product).update({ id: product.id }, { ...productFields, updatedAt: new Date() });
      }
      // Prices on an accepted (listed) product follow the edit at once.
      if (item.acceptedAt && (itemFields.wholesaleFen !== undefined || itemFields.retailFen !== undefined)) {
        await this.applyPrices(
          product.id,
          item.itemNo,
          itemFields.wholesaleFen ?? item.wholesaleFen,
          itemFields.retailFen ?? item.retailFen,
        );
      }
    });
    return this.one(principal, productId);
  }

  /** Accepts the proposals: the product takes the category and CNY prices and is published (booth, live pin). */
  async accept(principal: Principal, productId: string): Promise<ReadinessItemView> {
    await this.tx.run(async () => {
      const { item, product } = await this.ownItem(principal, productId);
      const view = readinessOf(item, product, await this.settings.pricing(item.enterpriseId));
      const hard = view.blockers.filter((b) => HARD_BLOCKERS.has(b));
      if (hard.length) {
        throw new DomainError(
          'READINESS_BLOCKED',
          `Resolve before listing: ${hard.join(', ')}`,
          hard.map((b) => ({ field: b, problems: [b] })),
        );
      }
      await this.applyPrices(product.id, item.itemNo, item.wholesaleFen, item.retailFen);
      const now = new Date();
      await this.tx
        .getRepository(Product)
        .update({ id: product.id }, { category: item.category, status: 'published', updatedAt: now });
      await this.tx.getRepository(ImportedItem).update({ id: item.id }, { acceptedAt: now, updatedAt: now });
    });
    return this.one(principal, productId);
  }

  /** Counts of one enterprise (the exhibitor's own, or an organizer's view of its expo's exhibitors). */
  async reportOf(enterpriseId: string, enterpriseName: string): Promise<ReadinessReportRow> {
    const all = await this.allOf(enterpriseId);
    const blockers = Object.fromEntries(BLOCKERS.map((b) => [b, 0])) as Record<ReadinessBlocker, number>;
    for (const i of all) for (const b of i.blockers) blockers[b]++;
    return {
      enterpriseId,
      enterpriseName,
      products: all.length,
      ready: all.filter((i) => i.blockers.length === 0).length,
      blockers,
    };
  }

  async myReport(principal: Principal): Promise<ReadinessReportRow> {
    return this.reportOf(exhibitorEnterprise(principal), '');
  }

  /** Every imported product of the caller's enterprise, one CSV row each (UTF-8 with BOM). */
  async myCsv(principal: Principal): Promise<Buffer> {
    const all = await this.allOf(exhibitorEnterprise(principal));
    const head = [
      '货号',
      '中文品名',
      '英文品名',
      'HS编码',
      '内销品类',
      'FOB美元',
      '批发价(元)',
      '零售价(元)',
      '3C',
      '已上架',
      '内销就绪',
      '待解决',
    ];
    const yuan = (fen: number | null) => (fen === null ? '' : (fen / 100).toFixed(2));
    const lines = [
      head.join(','),
      ...all.map((i) =>
        [
          i.itemNo,
          i.name,
          i.nameEn,
          i.hsCode,
          i.category,
          i.fobUsdCents === null ? '' : (i.fobUsdCents / 100).toFixed(2),
          yuan(i.wholesaleFen),
          yuan(i.retailFen),
          i.ccc,
          i.accepted ? '是' : '否',
          i.blockers.length === 0 ? '是' : '否',
          i.blockers.join(' '),
        ]
          .map(csvCell)
          .join(','),
      ),
    ];
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
  }

  private async applyPrices(
    productId: string,
    itemNo: string,
    wholesaleFen: number | null,
    retailFen: number | null,
  ): Promise<void> {
    const skus = this.tx.getRepository(Sku);
    const sku = await skus.findOne({ where: { productId, skuCode: itemNo } });
    if (!sku) return;
    const minQty = sku.tiers[0]?.minQty ?? sku.moq;
    await skus.update({ id: sku.id }, { priceFen: retailFen ?? 0, tiers: [{ minQty, unitPriceFen: wholesaleFen ?? 0 }] });
  }

  private async allOf(enterpriseId: string): Promise<ReadinessItemView[]> {
    const items = await this.tx.getRepository(ImportedItem).find({ where: { enterpriseId }, order: { itemNo: 'ASC' } });
    if (!items.length) return [];
    const pricing = await this.settings.pricing(enterpriseId);
    const products = new Map<string, Product>();
    for (let i = 0; i < items.length; i += 1000) {
      const ids = items.slice(i, i + 1000).map((x) => x.productId);
      for (const p of await this.tx.getRepository(Product).find({ where: { id: In(ids) } })) products.set(p.id, p);
    }
    return items.filter((i) => products.has(i.productId)).map((i) => readinessOf(i, products.get(i.productId)!, pricing));
  }

  private async ownItem(principal: Principal, productId: string): Promise<{ item: ImportedItem; product: Product }> {
    exhibitorEnterprise(principal);
    const item = await this.tx.getRepository(ImportedItem).findOne({ where: { productId } });
    if (!item) throw DomainError.notFound('IMPORT_ITEM_NOT_FOUND', 'Imported product', productId);
    assertEnterpriseMember(principal, item.enterpriseId);
    const product = await this.tx.getRepository(Product).findOne({ where: { id: productId } });
    if (!product) throw DomainError.notFound('PRODUCT_NOT_FOUND', 'Product', productId);
    return { item, product };
  }
}
