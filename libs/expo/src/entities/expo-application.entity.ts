import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';

export type ApplicationStatus = 'pending' | 'admitted' | 'rejected';

/** An enterprise's request to exhibit at an expo, and the organizer's decision. */
@Entity('expo_applications')
@Index(['expoId', 'enterpriseId', 'openKey'], { unique: true })
export class ExpoApplication extends UuidEntity {
  @Index()
  @Column({ type: 'varchar', length: 36 })
  expoId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  /** The exhibitor user who applied (told of the decision in the inbox). */
  @Column({ type: 'varchar', length: 36 })
  applicantId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ApplicationStatus;

  /** 'open' while pending or admitted, null once rejected: the unique index keeps one open application per enterprise and expo. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  openKey!: 'open' | null;

  @Column({ type: 'varchar', length: 1000, default: '' })
  message!: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  reason!: string;

  @Column({ ...utcDatetime, nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  boothId!: string | null;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;
}
