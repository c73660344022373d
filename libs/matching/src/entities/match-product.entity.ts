import { Column, Entity, Index } from 'typeorm';
import { UuidEntity } from '@livefair/core';

/** One product of a matching supplier: what the ranking reads (text, category, terms). */
@Entity('matching_products')
export class MatchProduct extends UuidEntity {
  @Index()
  @Column({ type: 'varchar', length: 36 })
  supplierId!: string;

  /** The catalog product it was derived from; null for an imported one. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  catalogProductId!: string | null;

  @Column({ type: 'varchar', length: 64, default: '' })
  ref!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  titleEn!: string;

  @Column({ type: 'varchar', length: 4000, default: '' })
  description!: string;

  @Column({ type: 'simple-json' })
  tags!: string[];

  @Column({ type: 'varchar', length: 64, nullable: true })
  categoryCode!: string | null;

  @Column({ type: 'int', default: 1 })
  moq!: number;

  /** Unit price, fen. */
  @Column({ type: 'int', nullable: true })
  priceFen!: number | null;

  @Column({ type: 'int', nullable: true })
  leadTimeDays!: number | null;

  @Column({ type: 'simple-json' })
  certifications!: string[];

  @Column({ type: 'boolean', default: false })
  samples!: boolean;

  @Column({ type: 'int', default: 0 })
  sortOrder!: number;
}
