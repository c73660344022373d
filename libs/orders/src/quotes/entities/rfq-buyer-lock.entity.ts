import { Column, Entity, PrimaryColumn } from 'typeorm';
import { utcDatetime } from '@livefair/core';

/**
 * One row per buyer who has made an RFQ: creating one first updates the buyer's row, so a
 * buyer's creations take turns and the open/daily bounds are counted exactly (both engines).
 */
@Entity('rfq_buyer_locks')
export class RfqBuyerLock {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  buyerId!: string;

  @Column(utcDatetime)
  lockedAt!: Date;
}
