import { Column, CreateDateColumn, Entity, Index, OneToMany } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { ExpoStatus } from '@livefair/protocol';
import { Hall } from './hall.entity';

@Entity('expos')
export class Expo extends UuidEntity {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  slug!: string;

  @Column({ type: 'varchar', length: 128 })
  name!: string;

  @Column({ type: 'varchar', length: 4000, default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 128, default: '' })
  nameEn!: string;

  @Column({ type: 'varchar', length: 4000, default: '' })
  descriptionEn!: string;

  /** IANA zone the organizer entered the dates in (starts/ends are stored UTC). */
  @Column({ type: 'varchar', length: 64, default: 'Asia/Shanghai' })
  timeZone!: string;

  /** A catalog image key (`/api/images/:key`), or null. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  coverImageKey!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: ExpoStatus;

  @Column(utcDatetime)
  startsAt!: Date;

  @Column(utcDatetime)
  endsAt!: Date;

  /** The organizer user who runs it. */
  @Index()
  @Column({ type: 'varchar', length: 36 })
  organizerId!: string;

  @OneToMany(() => Hall, (h) => h.expo)
  halls?: Hall[];

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;
}
