import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';

/** What an organizer tells every visitor of an expo. */
@Entity('expo_announcements')
@Index(['expoId', 'publishedAt'])
export class ExpoAnnouncement extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  expoId!: string;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column({ type: 'varchar', length: 120, default: '' })
  titleEn!: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  body!: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  bodyEn!: string;

  @Column({ type: 'varchar', length: 36 })
  createdBy!: string;

  @Column(utcDatetime)
  publishedAt!: Date;
}
