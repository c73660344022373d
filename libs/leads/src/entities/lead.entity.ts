import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { LeadStatus } from '@livefair/protocol';

/**
 * A buyer's inquiry at a booth, and the exhibitor's lead from then on. Booth, enterprise,
 * product and buyer names are snapshots taken when it was left. One per (buyer, client key).
 */
@Entity('leads')
@Index(['buyerId', 'idempotencyKey'], { unique: true })
@Index(['enterpriseId', 'createdAt'])
@Index(['enterpriseId', 'status', 'createdAt'])
@Index(['buyerId', 'createdAt'])
@Index(['buyerId', 'boothId', 'createdAt'])
export class Lead extends UuidEntity {
  @Column({ type: 'varchar', length: 16 })
  status!: LeadStatus;

  @Column({ type: 'varchar', length: 36 })
  boothId!: string;

  @Column({ type: 'varchar', length: 32 })
  boothCode!: string;

  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  @Column({ type: 'varchar', length: 128 })
  enterpriseName!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  expoId!: string | null;

  @Column({ type: 'varchar', length: 36 })
  buyerId!: string;

  @Column({ type: 'varchar', length: 64 })
  buyerName!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  productId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  productName!: string | null;

  @Column({ type: 'int', nullable: true })
  quantity!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  unit!: string | null;

  @Column({ type: 'varchar', length: 2000 })
  message!: string;

  @Column({ type: 'varchar', length: 64 })
  contactName!: string;

  @Column({ type: 'varchar', length: 128, default: '' })
  contactCompany!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  contactPhone!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'varchar', length: 64 })
  idempotencyKey!: string;

  @Column({ type: 'varchar', length: 64 })
  requestHash!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  rfqId!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lostReason!: string | null;

  @Column({ type: 'int', default: 0 })
  noteCount!: number;

  @Column(utcDatetime)
  createdAt!: Date;

  @Column(utcDatetime)
  updatedAt!: Date;
}
