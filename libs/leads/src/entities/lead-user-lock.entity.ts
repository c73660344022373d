import { Column, Entity, PrimaryColumn } from 'typeorm';
import { utcDatetime } from '@livefair/core';

/**
 * One row per user who has left an inquiry or sent a card request: each creation first
 * upserts it, so one user's creations take turns and the daily bounds are counted exactly
 * (both engines, every process).
 */
@Entity('lead_user_locks')
export class LeadUserLock {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId!: string;

  @Column(utcDatetime)
  lockedAt!: Date;
}
