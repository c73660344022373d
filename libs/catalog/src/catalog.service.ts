import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ProductView } from '@livefair/protocol';
import { In, Repository } from 'typeorm';
import { Product } from './entities/product.entity';

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
  constructor(@InjectRepository(Product) private readonly products: Repository<Product>) {}

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
