import { Column, CreateDateColumn, Entity, Index, OneToMany, UpdateDateColumn } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { CertificationView, ProductSpecView, ProductStatus } from '@livefair/protocol';
import { Sku } from './sku.entity';

/**
 * A product in an enterprise's catalog: bilingual title and description, what it is (category,
 * unit, specifications, certifications, images) and its SKUs, which carry the trade terms.
 * Only `published` products show on booths and can be pinned or ordered.
 */
@Entity('products')
@Index(['enterpriseId', 'status'])
export class Product extends UuidEntity {
  @Index()
  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  /** The Chinese title (primary). */
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  nameEn!: string;

  @Column({ type: 'varchar', length: 4000, default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 4000, default: '' })
  descriptionEn!: string;

  @Column({ type: 'varchar', length: 64, default: '' })
  category!: string;

  @Column({ type: 'varchar', length: 16, default: '件' })
  unit!: string;

  /** Ordered name/value pairs, e.g. [{ name: '面料', value: '100% 棉' }]. */
  @Column({ type: 'simple-json' })
  specifications!: ProductSpecView[];

  @Column({ type: 'simple-json' })
  certifications!: CertificationView[];

  /** Ordered keys of the enterprise's uploaded images (the first is the cover), at most 9. */
  @Column({ type: 'simple-json' })
  images!: string[];

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: ProductStatus;

  @OneToMany(() => Sku, (s) => s.product, { cascade: ['insert'] })
  skus?: Sku[];

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;

  @UpdateDateColumn(utcDatetime)
  updatedAt!: Date;
}
