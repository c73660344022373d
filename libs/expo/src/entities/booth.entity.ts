import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { BoothLiveStatus } from '@livefair/protocol';
import { Enterprise } from './enterprise.entity';
import { Hall } from './hall.entity';

/** An enterprise's place in a hall; its live room is keyed by the booth id. */
@Entity('booths')
@Index(['hallId', 'code'], { unique: true })
export class Booth extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  hallId!: string;

  @ManyToOne(() => Hall, (h) => h.booths, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'hallId' })
  hall?: Hall;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  expoId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterpriseId' })
  enterprise?: Enterprise;

  @Column({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  headline!: string;

  /** What the live context last announced (`live.session-status-changed`): live sessions own the truth. */
  @Column({ type: 'varchar', length: 16, default: 'offline' })
  liveStatus!: BoothLiveStatus;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;
}
