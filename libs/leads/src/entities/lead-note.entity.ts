import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';

/** An exhibitor's note on a lead: append-only, seen by the enterprise's staff only. */
@Entity('lead_notes')
@Index(['leadId', 'createdAt'])
export class LeadNote extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  leadId!: string;

  @Column({ type: 'varchar', length: 36 })
  authorId!: string;

  @Column({ type: 'varchar', length: 64 })
  authorName!: string;

  @Column({ type: 'varchar', length: 1000 })
  body!: string;

  @Column(utcDatetime)
  createdAt!: Date;
}
