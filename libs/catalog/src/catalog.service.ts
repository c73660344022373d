import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { TransactionalConnection } from '@livefair/core';
import type { ProductView } from '@livefair/protocol';
import { In, Repository } from 'typeorm';
import { Product } from './entities/product.entity';
import { Sku } from './entities/sku.entity';
import { OrderableSku } from './orderable-sku';
import { toProductView, toSkuView } from './product-views';

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
}
