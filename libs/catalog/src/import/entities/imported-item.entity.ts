import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { CccStatus } from '@livefair/protocol';

/**
 * What an export catalog said about one item number of an enterprise, and its domestic readiness:
 * the product it became, the proposals (category, CNY prices) and the exhibitor's answers (CCC,
 * labelling items confirmed, accepted). A re-import finds the item by its number and updates it.
 */
@Entity('catalog_import_items')
@Index(['enterpriseId', 'itemNo'], { unique: true })
export class ImportedItem extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  /** The item number as in the file; compared case-insensitively through `itemKey`. */
  @Column({ type: 'varchar', length: 64 })
  itemNo!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Column({ type: 'varchar', length: 36 })
  importId!: string;

  @Column({ type: 'varchar', length: 10, default: '' })
  hsCode!: string;

  @Column({ type: 'int', nullable: true })
  fobUsdCents!: number | null;

  @Column({ type: 'varchar', length: 120, default: '' })
  cartonSize!: string;

  /** Certifications the file lists (CE, FCC, UL ...). */
  @Column({ type: 'simple-json' })
  certifications!: string[];

  @Column({ type: 'varchar', length: 16, default: 'none' })
  categorySource!: 'hs-heading' | 'hs-chapter' | 'text' | 'exhibitor' | 'none';

  @Column({ type: 'varchar', length: 64, default: '' })
  category!: string;

  /** Proposed (or the exhibitor's) wholesale and retail prices with VAT, fen. */
  @Column({ type: 'int', nullable: true })
  wholesaleFen!: number | null;

  @Column({ type: 'int', nullable: true })
  retailFen!: number | null;

  /** The exhibitor set the prices: a re-import or new settings do not propose over them. */
  @Column({ type: 'boolean', default: false })
  pricesEdited!: boolean;

  @Column({ type: 'varchar', length: 16, default: 'not-listed' })
  ccc!: CccStatus;

  /** Labelling items the exhibitor confirmed (keys of labelling.ts). */
  @Column({ type: 'simple-json' })
  labelsConfirmed!: string[];

  @Column({ ...utcDatetime, nullable: true })
  acceptedAt!: Date | null;

  @Column({ ...utcDatetime })
  updatedAt!: Date;
}
