import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UuidEntity } from '@livefair/core';
import { Product } from './product.entity';

/** From `minQty` units on, each unit costs `unitPriceFen`. */
@Entity('price_tiers')
@Index(['productId', 'minQty'], { unique: true })
export class PriceTier extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @ManyToOne(() => Product, (p) => p.priceTiers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'productId' })
  product?: Product;

  @Column({ type: 'int' })
  minQty!: number;

  @Column({ type: 'int' })
  unitPriceFen!: number;
}
