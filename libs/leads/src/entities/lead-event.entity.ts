import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { LeadStatus } from '@livefair/protocol';

/** One step of a lead's status history (its creation included, from null). */
@Entity('lead_events')
@Index(['leadId', 'at'])
export class LeadEvent extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  leadId!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus!: LeadStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus!: LeadStatus;

  @Column({ type: 'varchar', length: 36 })
  actorId!: string;

  @Column({ type: 'varchar', length: 64 })
  actorName!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column(utcDatetime)
  at!: Date;
}
