import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { ImportMapping, ImportMode, ImportStatus } from '@livefair/protocol';

/**
 * One uploaded export catalog and its import run. The file lives in ObjectStorage under
 * `fileKey`; the bad rows of a run under `badRowsKey`. Progress and counts are written by the job.
 */
@Entity('catalog_imports')
@Index(['enterpriseId', 'createdAt'])
export class CatalogImport extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ type: 'varchar', length: 8 })
  format!: 'xlsx' | 'csv';

  @Column({ type: 'varchar', length: 120 })
  fileKey!: string;

  @Column({ type: 'int' })
  bytes!: number;

  /** 1-based row of the header in the sheet. */
  @Column({ type: 'int' })
  headerRow!: number;

  @Column({ type: 'simple-json' })
  headers!: string[];

  @Column({ type: 'simple-json' })
  sample!: string[][];

  @Column({ type: 'simple-json', nullable: true })
  mapping!: ImportMapping | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  mode!: ImportMode | null;

  @Column({ type: 'varchar', length: 16 })
  status!: ImportStatus;

  /** Set by a cancel request; the job stops at its next batch. */
  @Column({ type: 'boolean', default: false })
  cancelRequested!: boolean;

  @Column({ type: 'int', default: 0 })
  totalRows!: number;

  @Column({ type: 'int', default: 0 })
  processedRows!: number;

  @Column({ type: 'int', default: 0 })
  created!: number;

  @Column({ type: 'int', default: 0 })
  updated!: number;

  @Column({ type: 'int', default: 0 })
  bad!: number;

  @Column({ type: 'varchar', length: 120, nullable: true })
  badRowsKey!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  failure!: string | null;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;

  @UpdateDateColumn(utcDatetime)
  updatedAt!: Date;

  @Column({ ...utcDatetime, nullable: true })
  finishedAt!: Date | null;
}
