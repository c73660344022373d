import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@livefair/core';
import { MatchProduct } from './entities/match-product.entity';
import { MatchSupplier } from './entities/match-supplier.entity';

export type SupplierFields = Omit<MatchSupplier, 'id' | 'sourceKey' | 'updatedAt' | 'assignId'>;
export type ProductFields = Omit<MatchProduct, 'id' | 'supplierId' | 'sortOrder' | 'assignId'>;

/** Writes matching's supplier profiles: a supplier and all its products, replaced whole, in one transaction. */
@Injectable()
export class SupplierStore {
  constructor(private readonly tx: TransactionalConnection) {}

  async replace(sourceKey: string, fields: SupplierFields, products: ProductFields[]): Promise<{ id: string; created: boolean }> {
    return this.tx.run(async () => {
      const repo = this.tx.getRepository(MatchSupplier);
      const existing = await repo.findOne({ where: { sourceKey } });
      // Strictly later than the row's last stamp (two writes within one millisecond, or a clock that
      // stepped back): the ranking index re-reads a supplier only when its stamp moved.
      const now = Date.now();
      const updatedAt = new Date(existing ? Math.max(now, existing.updatedAt.getTime() + 1) : now);
      const row = repo.create({ ...(existing ?? {}), ...fields, sourceKey, updatedAt });
      await repo.save(row);
      const productRepo = this.tx.getRepository(MatchProduct);
      await productRepo.delete({ supplierId: row.id });
      if (products.length)
        await productRepo.save(
          products.map((p, i) => productRepo.create({ ...p, supplierId: row.id, sortOrder: i })),
          { chunk: 200 },
        );
      return { id: row.id, created: !existing };
    });
  }

  count(importedBy: string): Promise<number> {
    return this.tx.getRepository(MatchSupplier).count({ where: { importedBy } });
  }

  exists(sourceKey: string): Promise<boolean> {
    return this.tx.getRepository(MatchSupplier).exists({ where: { sourceKey } });
  }
}
