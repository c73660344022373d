import { Column, Entity, PrimaryColumn } from 'typeorm';
import { utcDatetime } from '@livefair/core';

/**
 * One row per owner of bounded things (`organizer:<id>`, `enterprise:<id>`): a bounded write first
 * upserts its owner's row (an exclusive row lock), so the owner's writes take turns and each
 * count-then-insert bound is exact across API processes.
 */
@Entity('matching_turns')
export class MatchingTurn {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  owner!: string;

  @Column(utcDatetime)
  takenAt!: Date;
}
