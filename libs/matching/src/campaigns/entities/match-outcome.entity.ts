import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';

/**
 * What followed a suggested pair (a need and a supplier): the RFQ thread (sent by the buyer's
 * invitation or opened by the supplier's answer), its quotes, the buyer's decision, the order;
 * or the supplier's decline. Kept current from the orders context's quote events.
 */
@Entity('matching_outcomes')
@Index(['demandId', 'supplierId'], { unique: true })
@Index(['enterpriseId', 'answeredAt'])
export class MatchOutcome extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  demandId!: string;

  @Column({ type: 'varchar', length: 36 })
  supplierId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  enterpriseId!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  rfqId!: string | null;

  /** `invite`: the buyer sent the RFQ; `answer`: the supplier answered from orders for you. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  origin!: 'invite' | 'answer' | null;

  /** When the supplier answered from orders for you (quote or decline), for its daily bound. */
  @Column({ ...utcDatetime, nullable: true })
  answeredAt!: Date | null;

  @Column({ ...utcDatetime, nullable: true })
  quotedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  quoteCount!: number;

  @Column({ ...utcDatetime, nullable: true })
  declinedAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  declineReason!: string | null;

  /** The buyer's last decision on a quote. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  buyerDecision!: 'accepted' | 'declined' | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  orderId!: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  orderNo!: string | null;

  /** BIGINT (a bulk order can pass int's 21 million yuan), a safe integer in code. */
  @Column({
    type: 'bigint',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) },
  })
  orderTotalFen!: number | null;

  @Column({ ...utcDatetime, nullable: true })
  acceptedAt!: Date | null;

  @Column(utcDatetime)
  updatedAt!: Date;
}
