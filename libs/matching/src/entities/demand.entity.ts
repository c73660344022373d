import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';

export type DemandStatus = 'open' | 'closed';

/** A buyer's purchase need (an RFQ addressed to no one yet). */
@Entity('matching_demands')
@Index(['buyerId', 'status'])
export class Demand extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  buyerId!: string;

  @Column({ type: 'varchar', length: 64, default: '' })
  buyerName!: string;

  @Column({ type: 'varchar', length: 2000 })
  text!: string;

  /** The category the buyer chose; null: none chosen. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  categoryCode!: string | null;

  /** The category the ranking used (chosen, else read from the text); null: unknown. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  matchedCategory!: string | null;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ type: 'varchar', length: 16 })
  unit!: string;

  @Column({ type: 'int', nullable: true })
  targetUnitPriceFen!: number | null;

  @Column({ type: 'varchar', length: 8 })
  deliveryProvince!: string;

  @Column(utcDatetime)
  deadline!: Date;

  @Column({ type: 'simple-json' })
  certifications!: string[];

  @Column({ type: 'boolean', default: false })
  oem!: boolean;

  @Column({ type: 'boolean', default: false })
  sampleFirst!: boolean;

  @Column({ type: 'boolean', default: false })
  vatInvoice!: boolean;

  @Column({ type: 'boolean', default: false })
  prefersLocal!: boolean;

  @Index()
  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: DemandStatus;

  /** Indexed: a campaign's needs are those posted in its window. */
  @Index()
  @Column(utcDatetime)
  createdAt!: Date;

  @Index()
  @Column(utcDatetime)
  updatedAt!: Date;
}
