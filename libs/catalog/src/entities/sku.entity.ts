import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UuidEntity } from '@livefair/core';
import { Product } from './product.entity';

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

  /** Attribute name -> value, e.g. { "颜色": "藏青", "尺码": "L" }. */
  @Column({ type: 'simple-json' })
  specs!: Record<string, string>;

  /** Unit price in fen before quantity tiers. */
  @Column({ type: 'int' })
  priceFen!: number;

  @Column({ type: 'int', default: 0 })
  stock!: number;
}
