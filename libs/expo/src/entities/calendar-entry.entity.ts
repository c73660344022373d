import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';

/** A live session the organizer put on the expo calendar: its time window (live owns the session itself). */
@Entity('expo_calendar_entries')
@Index(['expoId', 'startsAt'])
export class CalendarEntry extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  expoId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  hallId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  boothId!: string;

  /** The live context's session id. */
  @Column({ type: 'varchar', length: 36 })
  sessionId!: string;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column(utcDatetime)
  startsAt!: Date;

  @Column(utcDatetime)
  endsAt!: Date;

  @Column({ type: 'varchar', length: 36 })
  createdBy!: string;
}
