import { Column, Entity, PrimaryColumn } from 'typeorm';
import { utcDatetime } from '@livefair/core';
import type { ImportField } from '@livefair/protocol';

/** Per enterprise: the remembered column mapping (by header text) and the pricing the exhibitor set. */
@Entity('catalog_import_settings')
export class ImportSettings {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  /** Lower-cased header text -> field, from the last mapping saved. */
  @Column({ type: 'simple-json' })
  mappingByHeader!: Record<string, ImportField>;

  @Column({ type: 'int' })
  usdCnyRate4!: number;

  @Column({ type: 'int' })
  vatBp!: number;

  @Column({ type: 'int' })
  exportRefundBp!: number;

  @Column({ type: 'int' })
  wholesaleMarginBp!: number;

  @Column({ type: 'int' })
  retailMarginBp!: number;

  @Column({ type: 'varchar', length: 128, default: '' })
  producerName!: string;

  @Column({ type: 'varchar', length: 256, default: '' })
  producerAddress!: string;

  @Column({ ...utcDatetime })
  updatedAt!: Date;
}
