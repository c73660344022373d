import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { CardExchangeStatus } from '@livefair/protocol';

/**
 * A buyer's request to swap business cards with a booth's staff. Any staff member of the
 * booth's enterprise accepts or declines; once accepted the buyer sees that member's card and
 * the enterprise's staff see the buyer's. One per (buyer, booth).
 */
@Entity('card_exchanges')
@Index(['buyerId', 'boothId'], { unique: true })
@Index(['enterpriseId', 'createdAt'])
@Index(['buyerId', 'createdAt'])
export class CardExchange extends UuidEntity {
  @Column({ type: 'varchar', length: 16 })
  status!: CardExchangeStatus;

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
