import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';

/** A user's inbox item, written by the `notify.user` job. */
@Entity('notifications')
export class Notification extends UuidEntity {
  @Index()
  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 2000 })
  body!: string;

  /** A path of the web app the line leads to (`/matching/demands/<id>`), or null. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  link!: string | null;

  @Column({ ...utcDatetime, nullable: true })
  readAt!: Date | null;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;
}
