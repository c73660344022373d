import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { InvoiceRequestView, OrderStatus, OrderType, ShipToView } from '@livefair/protocol';

/** A total in fen: BIGINT in the database (a bulk order can pass int's 21 million yuan), a safe integer in code. */
const bigFen = {
  type: 'bigint' as const,
  transformer: {
    to: (v: number | null | undefined) => v,
    from: (v: string | number | null) => (v === null || v === undefined ? v : Number(v)),
  },
};

/**
 * One order: one SKU line, priced and snapshotted when placed (title, specs, unit price), so later
 * catalog edits never change what was bought. The status follows order-states.ts only.
 */
@Entity('orders')
@Index(['buyerId', 'idempotencyKey'], { unique: true })
@Index(['enterpriseId', 'createdAt'])
@Index(['buyerId', 'createdAt'])
@Index(['dealId', 'buyerId'])
@Index(['status', 'payBy'])
export class Order extends UuidEntity {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 24 })
  orderNo!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: OrderType;

  @Column({ type: 'varchar', length: 16 })
  status!: OrderStatus;

  @Column({ type: 'varchar', length: 36 })
  buyerId!: string;

  @Column({ type: 'varchar', length: 64 })
  buyerName!: string;

  /** The seller. */
  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  boothId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  liveSessionId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  dealId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  quoteId!: string | null;

  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Column({ type: 'varchar', length: 36 })
  skuId!: string;

  @Column({ type: 'varchar', length: 200 })
  productName!: string;

  @Column({ type: 'varchar', length: 64 })
  skuCode!: string;

  @Column({ type: 'simple-json' })
  specs!: Record<string, string>;

  @Column({ type: 'varchar', length: 16 })
  unit!: string;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ type: 'int' })
  unitPriceFen!: number;

  @Column(bigFen)
  totalFen!: number;

  /** The client's Idempotency-Key: one order per (buyer, key). */
  @Column({ type: 'varchar', length: 64 })
  idempotencyKey!: string;

  /** sha256 of the request that created it: the same key with another request is refused. */
  @Column({ type: 'varchar', length: 64 })
  requestHash!: string;

  @Column({ ...utcDatetime, nullable: true })
  payBy!: Date | null;

  @Column({ type: 'varchar', length: 32, default: 'bank_transfer' })
  paymentMethod!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  paymentRef!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  carrier!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  trackingNo!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  shipTo!: ShipToView | null;

  @Column({ type: 'simple-json', nullable: true })
  invoice!: InvoiceRequestView | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  note!: string;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;

  @UpdateDateColumn(utcDatetime)
  updatedAt!: Date;
}
