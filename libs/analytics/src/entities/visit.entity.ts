import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { utcDatetime } from '@livefair/core';

/** A visit as the roll-ups have folded it so far (derived; rebuilt from raw events). */
@Entity('analytics_visits')
@Index(['userId', 'boothId'])
@Index(['boothId', 'startedAt'])
export class Visit {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  visitId!: string;

  @Column({ type: 'varchar', length: 36 })
  boothId!: string;

  @Column({ type: 'varchar', length: 36 })
  hallId!: string;

  @Column({ type: 'varchar', length: 36 })
  expoId!: string;

  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  @Column({ type: 'varchar', length: 36 })
  visitorId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @Column(utcDatetime)
  startedAt!: Date;

  @Column(utcDatetime)
  lastSeenAt!: Date;

  @Column({ type: 'int', default: 0 })
  productViews!: number;

  @Column({ type: 'int', default: 0 })
  watchSeconds!: number;

  @Column({ type: 'int', default: 0 })
  watchStarts!: number;
}

/** Where a visitor was last in an expo (the last two places), for routes and paths. */
@Entity('analytics_trails')
export class Trail {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  expoId!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  visitorId!: string;

  @Column({ type: 'varchar', length: 48 })
  last!: string;

  @Column({ type: 'varchar', length: 48, nullable: true })
  previous!: string | null;
}

/** Roll-up progress: the highest event sequence folded in. */
@Entity('analytics_cursors')
export class RollupCursor {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  name!: string;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ ...utcDatetime, nullable: true })
  updatedAt!: Date | null;
}
