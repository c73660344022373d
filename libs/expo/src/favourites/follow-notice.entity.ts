import { CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { utcDatetime } from '@livefair/core';

/** A follower was told that this session went live: at most one inbox line per session and follower. */
@Entity('follow_notices')
@Index(['userId', 'createdAt'])
export class FollowNotice {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  sessionId!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId!: string;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;
}
