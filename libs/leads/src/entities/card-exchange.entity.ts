import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { CardExchangeInitiator, CardExchangeStatus } from '@livefair/protocol';

/**
 * A swap of business cards between a buyer and a booth's staff, one per (buyer, booth). Either a
 * buyer's request (any staff member of the booth's enterprise accepts or declines) or a staff
 * member's offer to a buyer who left the enterprise a lead (the buyer accepts or declines).
 * Once accepted the buyer sees the staff member's card and the enterprise's staff the buyer's.
 */
@Entity('card_exchanges')
@Index(['buyerId', 'boothId'], { unique: true })
@Index(['enterpriseId', 'createdAt'])
@Index(['buyerId', 'createdAt'])
@Index('IDX_card_exchanges_offers', ['staffId', 'initiatedBy', 'createdAt'])
export class CardExchange extends UuidEntity {
  @Column({ type: 'varchar', length: 16 })
  status!: CardExchangeStatus;

  /** `buyer`: the buyer asked, staff decide; `staff`: staffId offered, the buyer decides. */
  @Column({ type: 'varchar', length: 16, default: 'buyer' })
  initiatedBy!: CardExchangeInitiator;

  @Column({ type: 'varchar', length: 36 })
  buyerId!: string;

  @Column({ type: 'varchar', length: 64 })
  buyerName!: string;

  @Column({ type: 'varchar', length: 36 })
  boothId!: string;

  @Column({ type: 'varchar', length: 32 })
  boothCode!: string;

  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  @Column({ type: 'varchar', length: 128 })
  enterpriseName!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  staffId!: string | null;

  @Column(utcDatetime)
  createdAt!: Date;

  @Column({ ...utcDatetime, nullable: true })
  decidedAt!: Date | null;
}
