import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { utcDatetime } from '@livefair/core';
import type { CertificationHeldView } from '@livefair/protocol';

/**
 * What an enterprise can make and sell, for buyers' filters and (later) matching: where it is,
 * its categories, capacity, OEM/ODM, VAT special invoices, export markets, certificates.
 */
@Entity('enterprise_profiles')
@Index(['province', 'city'])
export class EnterpriseProfile {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  /** GB/T 2260 province code (PROVINCES), '' until set. */
  @Column({ type: 'varchar', length: 6, default: '' })
  province!: string;

  @Column({ type: 'varchar', length: 32, default: '' })
  city!: string;

  /** Main category codes; mirrored into enterprise_categories for the search filter. */
  @Column({ type: 'simple-json' })
  categories!: string[];

  @Column({ type: 'int', nullable: true })
  monthlyCapacity!: number | null;

  @Column({ type: 'varchar', length: 16, default: '' })
  capacityUnit!: string;

  @Column({ type: 'boolean', default: false })
  oem!: boolean;

  @Column({ type: 'boolean', default: false })
  odm!: boolean;

  /** Can issue VAT special invoices (增值税专用发票). */
  @Column({ type: 'boolean', default: false })
  vatSpecialInvoice!: boolean;

  /** ISO 3166-1 alpha-2 codes. */
  @Column({ type: 'simple-json' })
  exportMarkets!: string[];

  @Column({ type: 'simple-json' })
  certifications!: CertificationHeldView[];

  @UpdateDateColumn(utcDatetime)
  updatedAt!: Date;
}
