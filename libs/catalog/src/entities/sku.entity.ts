import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { PriceTierView } from '@livefair/protocol';
import { Product } from './product.entity';

/**
 * One orderable variant of a product with its own trade terms. A SKU removed from its product
 * stays as a row with `removedAt` set: orders that name its id keep a valid reference.
 */
@Entity('skus')
@Index(['productId', 'skuCode'], { unique: true })
export class Sku extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @ManyToOne(() => Product, (p) => p.skus, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'productId' })
  product?: Product;

  @Column({ type: 'varchar', length: 64 })
  skuCode!: string;

  /** Spec name -> value, e.g. { "颜色": "藏青", "尺码": "L" }. */
  @Column({ type: 'simple-json' })
  specs!: Record<string, string>;

  /** Retail unit price, fen. */
  @Column({ type: 'int' })
  priceFen!: number;

  @Column({ type: 'int', default: 0 })
  stock!: number;

  /** Minimum quantity of a bulk (wholesale) order. */
  @Column({ type: 'int', default: 1 })
  moq!: number;

  /** Price of one sample, fen; null: no samples. */
  @Column({ type: 'int', nullable: true })
  samplePriceFen!: number | null;

  @Column({ type: 'int', default: 7 })
  leadTimeDays!: number;

  /** Wholesale tiers, ascending minQty, unit price not rising (1 to 10). */
  @Column({ type: 'simple-json' })
  tiers!: PriceTierView[];

  /** Position in the product's SKU table. */
  @Column({ type: 'int', default: 0 })
  sortOrder!: number;

  @Column({ ...utcDatetime, nullable: true })
  removedAt!: Date | null;
}
