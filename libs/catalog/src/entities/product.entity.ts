import { Column, CreateDateColumn, Entity, Index, OneToMany } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import { PriceTier } from './price-tier.entity';
import { Sku } from './sku.entity';

/** A product in an enterprise's catalog. B2B terms: MOQ, lead time, samples, tiered prices. */
@Entity('products')
export class Product extends UuidEntity {
  @Index()
  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 4000, default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 64, default: '' })
  category!: string;

  @Column({ type: 'varchar', length: 16, default: '件' })
  unit!: string;

  @Column({ type: 'int', default: 1 })
  moq!: number;

  @Column({ type: 'int', default: 7 })
  leadTimeDays!: number;

  @Column({ type: 'boolean', default: false })
  sampleAvailable!: boolean;

  @Column({ type: 'int', nullable: true })
  samplePriceFen!: number | null;

  @OneToMany(() => Sku, (s) => s.product, { cascade: ['insert'] })
  skus?: Sku[];

  @OneToMany(() => PriceTier, (t) => t.product, { cascade: ['insert'] })
  priceTiers?: PriceTier[];

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;
}
