import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { CnProvince, RfqSide, RfqStatus } from '@livefair/protocol';

/**
 * A buyer's request for quotation to one enterprise about one product (and maybe one SKU). The
 * product, buyer and enterprise names are snapshots taken when it was made. Its row is the thread's
 * lock: every step of the thread (message, quote, accept, decline, close) first updates it.
 */
@Entity('rfqs')
@Index(['buyerId', 'lastActivityAt'])
@Index(['enterpriseId', 'lastActivityAt'])
@Index(['buyerId', 'createdAt'])
@Index(['status', 'deadline'])
@Index(['status', 'offerValidUntil'])
export class Rfq extends UuidEntity {
  @Column({ type: 'varchar', length: 16 })
  status!: RfqStatus;

  @Column({ type: 'varchar', length: 36 })
  buyerId!: string;

  @Column({ type: 'varchar', length: 64 })
  buyerName!: string;

  /** The enterprise asked (the product's). */
  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  @Column({ type: 'varchar', length: 128 })
  enterpriseName!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  boothId!: string | null;

  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Column({ type: 'varchar', length: 200 })
  productName!: string;

  @Column({ type: 'varchar', length: 16 })
  unit!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  skuId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  skuCode!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  specs!: Record<string, string> | null;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ type: 'int', nullable: true })
  targetUnitPriceFen!: number | null;

  @Column(utcDatetime)
  deadline!: Date;

  @Column({ type: 'varchar', length: 16 })
  deliveryProvince!: CnProvince;

  @Column({ type: 'varchar', length: 2000, default: '' })
  requirements!: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  message!: string;

  /** The newest quote (any status). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  latestQuoteId!: string | null;

  /** While `quoted`: until when the quote on offer is valid (its status follows from the clock). */
  @Column({ ...utcDatetime, nullable: true })
  offerValidUntil!: Date | null;

  /** The order the accepted quote became. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  orderId!: string | null;

  /** Its number, for people (bank transfer reference). */
  @Column({ type: 'varchar', length: 24, nullable: true })
  orderNo!: string | null;

  @Column({ type: 'int', default: 0 })
  messageCount!: number;

  @Column({ type: 'int', default: 0 })
  quoteCount!: number;

  @Column({ type: 'varchar', length: 16, nullable: true })
  closedBy!: RfqSide | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  closeReason!: string | null;

  @Column({ ...utcDatetime, nullable: true })
  closedAt!: Date | null;

  @Column(utcDatetime)
  createdAt!: Date;

  @Column(utcDatetime)
  lastActivityAt!: Date;
}
