import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { TransactionalConnection } from '@livefair/core';
import type { ProductView } from '@livefair/protocol';
import { In, Repository } from 'typeorm';
import { Product } from './entities/product.entity';
import { Sku } from './entities/sku.entity';
import { OrderableSku } from './orderable-sku';

export function toProductView(p: Product): ProductView {
  return {
    id: p.id,
    enterpriseId: p.enterpriseId,
    name: p.name,
    description: p.description,
    category: p.category,
    unit: p.unit,
    moq: p.moq,
    leadTimeDays: p.leadTimeDays,
    sampleAvailable: p.sampleAvailable,
    samplePriceFen: p.samplePriceFen,
    priceTiers: [...(p.priceTiers ?? [])]
      .sort((a, b) => a.minQty - b.minQty)
      .map((t) => ({ minQty: t.minQty, unitPriceFen: t.unitPriceFen })),
    skus: [...(p.skus ?? [])]
      .sort((a, b) => a.skuCode.localeCompare(b.skuCode))
      .map((s) => ({ id: s.id, skuCode: s.skuCode, specs: s.specs, priceFen: s.priceFen, stock: s.stock })),
  };
}

@Injectable()
export class CatalogService {
  constructor(
    @InjectRepository(Product) private readonly products: Repository<Product>,
    private readonly tx: TransactionalConnection,
  ) {}

  /** One SKU with the terms an order needs, read in the caller's transaction; null when there is no such SKU. */
  async orderableSku(skuId: string): Promise<OrderableSku | null> {
    const sku = await this.tx.getRepository(Sku).findOne({ where: { id: skuId }, relations: { product: { priceTiers: true } } });
    const p = sku?.product;
    if (!sku || !p) return null;
    return {
      skuId: sku.id,
      productId: p.id,
      enterpriseId: p.enterpriseId,
      productName: p.name,
      productNameEn: '',
      unit: p.unit,
      skuCode: sku.skuCode,
      specs: sku.specs,
      retailPriceFen: sku.priceFen,
      tiers: [...(p.priceTiers ?? [])]
        .sort((a, b) => a.minQty - b.minQty)
        .map((t) => ({ minQty: t.minQty, unitPriceFen: t.unitPriceFen })),
      moq: p.moq,
      samplePriceFen: p.sampleAvailable ? p.samplePriceFen : null,
      leadTimeDays: p.leadTimeDays,
      stock: sku.stock,
      published: true,
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

  async productsOf(enterpriseId: string): Promise<ProductView[]> {
    const rows = await this.products.find({
      where: { enterpriseId },
      relations: { skus: true, priceTiers: true },
      order: { createdAt: 'ASC', name: 'ASC' },
    });
    return rows.map(toProductView);
  }

  async find(productId: string): Promise<ProductView | null> {
    const p = await this.products.findOne({ where: { id: productId }, relations: { skus: true, priceTiers: true } });
    return p ? toProductView(p) : null;
  }

  /** enterpriseId -> number of products, for booth lists. */
  async countByEnterprise(enterpriseIds: string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (enterpriseIds.length === 0) return counts;
    const rows = await this.products
      .createQueryBuilder('p')
      .select('p.enterpriseId', 'enterpriseId')
      .addSelect('COUNT(*)', 'n')
      .where({ enterpriseId: In(enterpriseIds) })
      .groupBy('p.enterpriseId')
      .getRawMany<{ enterpriseId: string; n: string | number }>();
    for (const r of rows) counts.set(r.enterpriseId, Number(r.n));
    return counts;
  }
}
