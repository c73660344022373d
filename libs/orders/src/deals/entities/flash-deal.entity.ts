import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { FlashDealEndReason, FlashDealStatus } from '@livefair/protocol';

/**
 * A flash deal in a live session: `quantity` units of one SKU at `priceFen`, taken from the SKU's
 * stock when it starts. MySQL is the arbiter: `sold` is the units held by its orders (statuses in
 * HOLDING_STATUSES), and the group-commit writer changes it only under this row's lock, so
 * `sold <= quantity` always. When the deal ends the unsold rest goes back to the SKU
 * (`returnedToSku`); units of orders released later follow it. Ended: quantity = sold + returnedToSku.
 */
@Entity('flash_deals')
@Index(['sessionId', 'createdAt'])
@Index(['status', 'endsAt'])
// A running deal holds one of its session's DEAL_MAX_ACTIVE_PER_SESSION slots (null once ended):
// the unique index keeps the bound across processes.
@Index(['sessionId', 'activeSlot'], { unique: true })
export class FlashDeal extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  sessionId!: string;

  @Column({ type: 'varchar', length: 36 })
  boothId!: string;

  /** The seller. */
  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  @Column({ type: 'varchar', length: 36 })
  skuId!: string;

  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  /** Snapshot of the SKU as the deal started: its orders are made from it. */
  @Column({ type: 'varchar', length: 200 })
  productName!: string;

  @Column({ type: 'varchar', length: 64 })
  skuCode!: string;

  @Column({ type: 'simple-json' })
  specs!: Record<string, string>;

  @Column({ type: 'varchar', length: 16 })
  unit!: string;

  @Column({ type: 'int' })
  retailPriceFen!: number;

  @Column({ type: 'int' })
  priceFen!: number;

  @Column({ type: 'int' })
  quantity!: number;

  /** Units held by this deal's orders in HOLDING_STATUSES. */
  @Column({ type: 'int', default: 0 })
  sold!: number;

  @Column({ type: 'int' })
  perBuyerLimit!: number;

  @Column(utcDatetime)
  startsAt!: Date;

  @Column(utcDatetime)
  endsAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  status!: FlashDealStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  endReason!: FlashDealEndReason | null;

  @Column({ ...utcDatetime, nullable: true })
  endedAt!: Date | null;

  /** Units given back to the SKU's stock: the unsold rest at the end, and units released after it. */
  @Column({ type: 'int', default: 0 })
  returnedToSku!: number;

  /** 1..DEAL_MAX_ACTIVE_PER_SESSION while active, null once ended. */
  @Column({ type: 'int', nullable: true })
  activeSlot!: number | null;

  @Column({ type: 'varchar', length: 36 })
  createdBy!: string;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;
}
