import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { QuoteStatus } from '@livefair/protocol';

/** An exhibitor's offer in an RFQ's thread: a unit price for a quantity of one SKU, valid until a time. */
@Entity('quotes')
@Index(['rfqId', 'createdAt'])
@Index(['status', 'validUntil'])
export class Quote extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  rfqId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: QuoteStatus;

  @Column({ type: 'varchar', length: 36 })
  skuId!: string;

  @Column({ type: 'varchar', length: 64 })
  skuCode!: string;

  @Column({ type: 'simple-json' })
  specs!: Record<string, string>;

  @Column({ type: 'int' })
  unitPriceFen!: number;

  @Column({ type: 'int' })
  quantity!: number;

  @Column(utcDatetime)
  validUntil!: Date;

  @Column({ type: 'varchar', length: 500, default: '' })
  paymentTerms!: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  deliveryTerms!: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  packaging!: string;

  @Column({ type: 'int', nullable: true })
  leadTimeDays!: number | null;

  @Column({ type: 'varchar', length: 1000, default: '' })
  remarks!: string;

  @Column({ type: 'varchar', length: 36 })
  authorId!: string;

  @Column({ type: 'varchar', length: 64 })
  authorName!: string;

  @Column(utcDatetime)
  createdAt!: Date;

  @Column({ ...utcDatetime, nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  declineReason!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  orderId!: string | null;
}
