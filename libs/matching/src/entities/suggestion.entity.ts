import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { MatchReason } from '../engine/facts';

/**
 * One scored pair of a demand and a supplier, as the ranking gave it: score, reasons and the
 * products that fit, kept so the UI shows why and an evaluation can replay it.
 */
@Entity('matching_suggestions')
@Index(['demandId', 'supplierId'], { unique: true })
export class Suggestion extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  demandId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  supplierId!: string;

  /** Place in the demand's list when last ranked for the buyer (1 = first); null: only seen from the supplier's side. */
  @Column({ type: 'int', nullable: true })
  rank!: number | null;

  @Column({ type: 'double' })
  score!: number;

  @Column({ type: 'int', default: 0 })
  hard!: number;

  @Column({ type: 'int', default: 0 })
  soft!: number;

  @Column({ type: 'simple-json' })
  reasons!: MatchReason[];

  @Column({ type: 'simple-json' })
  productIds!: string[];

  /** The weights' version that scored it (MATCHING_ENGINE_VERSION). */
  @Column({ type: 'int' })
  engineVersion!: number;

  /** suggested -> contacted / invited (an RFQ was sent). */
  @Column({ type: 'varchar', length: 16, default: 'suggested' })
  status!: 'suggested' | 'contacted' | 'invited';

  @Column({ type: 'varchar', length: 36, nullable: true })
  rfqId!: string | null;

  @Column(utcDatetime)
  computedAt!: Date;
}
