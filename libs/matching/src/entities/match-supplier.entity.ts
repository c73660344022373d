import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';

/**
 * A supplier as matching sees it: derived from an enterprise's profile and catalog (source
 * `catalog`) or onboarded by an organizer's import (source `import`). Matching's own copy.
 */
@Entity('matching_suppliers')
export class MatchSupplier extends UuidEntity {
  /** `enterprise:<id>` for a derived profile, `import:<organizerId>:<ref>` for an imported one. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 140 })
  sourceKey!: string;

  @Column({ type: 'varchar', length: 16 })
  source!: 'catalog' | 'import';

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  enterpriseId!: string | null;

  /** The organizer whose import created it; null for a derived one. */
  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  importedBy!: string | null;

  @Column({ type: 'varchar', length: 128 })
  name!: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  province!: string | null;

  @Column({ type: 'varchar', length: 32, default: '' })
  city!: string;

  @Column({ type: 'simple-json' })
  mainCategories!: string[];

  @Column({ type: 'int', nullable: true })
  monthlyCapacity!: number | null;

  @Column({ type: 'boolean', default: false })
  oem!: boolean;

  @Column({ type: 'boolean', default: false })
  odm!: boolean;

  @Column({ type: 'boolean', default: false })
  vatSpecialInvoice!: boolean;

  @Column({ type: 'simple-json' })
  exportMarkets!: string[];

  @Column({ type: 'simple-json' })
  certifications!: string[];

  /** Live and booth activity, 0..1. */
  @Column({ type: 'double', default: 0 })
  activity!: number;

  @Column({ type: 'double', nullable: true })
  responseRate!: number | null;

  @Index()
  @Column(utcDatetime)
  updatedAt!: Date;
}
