import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, TransactionalConnection } from '@livefair/core';
import type { ProductView } from '@livefair/protocol';
import { In, Repository } from 'typeorm';
import { CatalogImage } from './entities/catalog-image.entity';
import { Product } from './entities/product.entity';
import { Sku } from './entities/sku.entity';
import { OrderableSku } from './orderable-sku';
import { toProductView, toSkuView } from './product-views';

/** Product search counts its matches up to this many (docs/booths.md). */
export const SEARCH_TOTAL_CAP = 1000;

/**
 * What other contexts read from the catalog (booths, the live pin, orders). Buyers' views show
 * published products only; the exhibitor's own editing goes through ProductEditor.
 */
@Injectable()
export class CatalogService {
  constructor(
    @InjectRepository(Product) private readonly products: Repository<Product>,
    private readonly tx: TransactionalConnection,
  ) {}

  /**
   * One SKU with the terms an order needs, read in the caller's transaction; null when there is
   * no such SKU. `published` is false when its product is not published or the SKU was removed
   * from it (a removed SKU's row stays, so orders that name it still find it).
   */
  async orderableSku(skuId: string): Promise<OrderableSku | null> {
    const sku = await this.tx.getRepository(Sku).findOne({ where: { id: skuId }, relations: { product: true } });
    const p = sku?.product;
    if (!sku || !p) return null;
    const view = toSkuView(sku);
    return {
      skuId: sku.id,
      productId: p.id,
      enterpriseId: p.enterpriseId,
      productName: p.name,
      productNameEn: p.nameEn,
      unit: p.unit,
      skuCode: sku.skuCode,
      specs: sku.specs,
      retailPriceFen: sku.priceFen,
      tiers: view.tiers,
      moq: sku.moq,
      samplePriceFen: sku.samplePriceFen,
      leadTimeDays: sku.leadTimeDays,
      stock: sku.stock,
      published: p.status === 'published' && sku.removedAt === null,
    };
  }

  /**
   * Takes `qty` units of a SKU's stock in the caller's transaction: one conditional UPDATE, so
   * concurrent takers never drive it below zero. False (and nothing changed) when fewer are left.
   */
  async takeStock(skuId: string, qty: number): Promise<boolean> {
    if (!Number.isInteger(qty) || qty <= 0) throw new RangeError(`takeStock: quantity ${qty}`);
    const res = await this.tx
      .getRepository(Sku)
      .createQueryBuilder()
      .update()
      .set({ stock: () => `stock - ${qty}` })
      .where('id = :skuId AND stock >= :qty', { skuId, qty })
      .execute();
    return (res.affected ?? 0) === 1;
  }

  /** Puts `qty` units back (a cancelled or expired order, a flash deal's unsold rest), in the caller's transaction. */
  async returnStock(skuId: string, qty: number): Promise<void> {
    if (!Number.isInteger(qty) || qty <= 0) throw new RangeError(`returnStock: quantity ${qty}`);
    await this.tx
      .getRepository(Sku)
      .createQueryBuilder()
      .update()
      .set({ stock: () => `stock + ${qty}` })
      .where('id = :skuId', { skuId })
      .execute();
  }

  /** The enterprise's published products, for its booth pages. */
  async productsOf(enterpriseId: string): Promise<ProductView[]> {
    const rows = await this.products.find({
      where: { enterpriseId, status: 'published' },
      relations: { skus: true },
      order: { createdAt: 'ASC', name: 'ASC' },
    });
    return rows.map(toProductView);
  }

  /** A published product; null when there is none or it is a draft or hidden (a live pin shows only published ones). */
  async find(productId: string): Promise<ProductView | null> {
    const p = await this.products.findOne({ where: { id: productId, status: 'published' }, relations: { skus: true } });
    return p ? toProductView(p) : null;
  }

  /** enterpriseId -> number of published products, for booth lists. */
  async countByEnterprise(enterpriseIds: string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (enterpriseIds.length === 0) return counts;
    const rows = await this.products
      .createQueryBuilder('p')
      .select('p.enterpriseId', 'enterpriseId')
      .addSelect('COUNT(*)', 'n')
      .where({ enterpriseId: In(enterpriseIds), status: 'published' })
      .groupBy('p.enterpriseId')
      .getRawMany<{ enterpriseId: string; n: string | number }>();
    for (const r of rows) counts.set(r.enterpriseId, Number(r.n));
    return counts;
  }

  /** For booth profiles: every key must be one of the enterprise's uploaded images (404 IMAGE_NOT_FOUND, 403 IMAGE_NOT_OWNED). */
  async assertImagesOf(enterpriseId: string, keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    const rows = await this.tx
      .getRepository(CatalogImage)
      .find({ where: { key: In(keys) }, select: { key: true, enterpriseId: true } });
    for (const key of keys) {
      const holders = rows.filter((r) => r.key === key);
      if (holders.some((r) => r.enterpriseId === enterpriseId)) continue;
      if (holders.length > 0) throw new DomainError('IMAGE_NOT_OWNED', `Image ${key} was uploaded by another enterprise`);
      throw DomainError.notFound('IMAGE_NOT_FOUND', 'Image', key);
    }
  }

  /** For a booth's showcase: those of `ids` that are published products of the enterprise, in the order of `ids`. */
  async publishedAmong(enterpriseId: string, ids: string[]): Promise<ProductView[]> {
    if (ids.length === 0) return [];
    const rows = await this.products.find({
      where: { id: In(ids), enterpriseId, status: 'published' },
      relations: { skus: true },
    });
    const byId = new Map(rows.map((p) => [p.id, p]));
    return ids.flatMap((id) => {
      const p = byId.get(id);
      return p ? [toProductView(p)] : [];
    });
  }

  /**
   * For buyers' product search: published products whose Chinese or English title contains every
   * one of `words` (substrings, so Chinese needs no segmentation), of the given enterprises (null: any), whose
   * category is `category` or whose enterprise is in `categoryEnterprises`, in a stable order (no
   * ranking yet); `total` counts at most SEARCH_TOTAL_CAP.
   */
  async searchPublished(q: {
    words: string[];
    enterpriseIds: string[] | null;
    category?: string;
    categoryEnterprises?: string[];
    page: number;
    pageSize: number;
  }): Promise<{ items: ProductView[]; total: number }> {
    if (q.enterpriseIds && q.enterpriseIds.length === 0) return { items: [], total: 0 };
    const qb = this.products.createQueryBuilder('p').where('p.status = :published', { published: 'published' });
    if (q.enterpriseIds) qb.andWhere('p.enterpriseId IN (:...eids)', { eids: q.enterpriseIds });
    q.words.forEach((w, i) => {
      qb.andWhere(`(p.name LIKE :w${i} ESCAPE '!' OR p.nameEn LIKE :w${i} ESCAPE '!')`, {
        [`w${i}`]: `%${w.replace(/[!%_]/g, '!$&')}%`,
      });
    });
    if (q.category) {
      const also = q.categoryEnterprises ?? [];
      if (also.length) qb.andWhere('(p.category = :cat OR p.enterpriseId IN (:...catEids))', { cat: q.category, catEids: also });
      else qb.andWhere('p.category = :cat', { cat: q.category });
    }
    // Primary-key order lets a common word stop the scan after one page; the total stops counting at
    // SEARCH_TOTAL_CAP (a rare word scans once and is counted from its own page).
    const offset = (q.page - 1) * q.pageSize;
    const ids = await qb
      .clone()
      .select('p.id', 'id')
      .orderBy('p.id', 'ASC')
      .offset(offset)
      .limit(q.pageSize)
      .getRawMany<{ id: string }>();
    let total = offset + ids.length;
    if (ids.length === q.pageSize || (ids.length === 0 && offset > 0)) {
      const sub = qb.clone().select('p.id').limit(SEARCH_TOTAL_CAP);
      const row = await this.products.manager
        .createQueryBuilder()
        .select('COUNT(*)', 'n')
        .from(`(${sub.getQuery()})`, 't')
        .setParameters(sub.getParameters())
        .getRawOne<{ n: string | number }>();
      total = Number(row?.n ?? 0);
    }
    if (ids.length === 0) return { items: [], total };
    const rows = await this.products.find({ where: { id: In(ids.map((r) => r.id)) }, relations: { skus: true } });
    const byId = new Map(rows.map((p) => [p.id, p]));
    return {
      items: ids.flatMap((r) => {
        const p = byId.get(r.id);
        return p ? [toProductView(p)] : [];
      }),
      total,
    };
  }
}
