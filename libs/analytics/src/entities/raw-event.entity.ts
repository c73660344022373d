import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { utcDatetime } from '@livefair/core';

/**
 * One recorded event, append-only. `seq` grows with every insert: roll-ups read the events after
 * their watermark. `id` is the client's UUID (or the domain event's id for inquiries and orders):
 * the unique index makes a replay a no-op (INSERT IGNORE).
 */
@Entity('analytics_events')
@Index(['userId', 'boothId'])
export class RawEvent {
  @PrimaryGeneratedColumn('increment', { type: 'int' })
  seq!: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: string;

  @Column({ type: 'varchar', length: 36 })
  visitorId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 36 })
  expoId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  hallId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  boothId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  enterpriseId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  visitId!: string | null;

  /** A product (product.view), a live session (live.watch), a lead (inquiry) or an order (order). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  refId!: string | null;

  @Column({ type: 'boolean', default: false })
  watching!: boolean;

  /** An order's total in fen; 0 otherwise. */
  @Column({ type: 'bigint', default: 0 })
  valueFen!: number;

  /** The client's time, clamped to the receive time (never later than it). */
  @Column(utcDatetime)
  occurredAt!: Date;

  /** Stamped by the server. */
  @Column(utcDatetime)
  receivedAt!: Date;
}
