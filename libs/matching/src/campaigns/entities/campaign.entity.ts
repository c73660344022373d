import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { CampaignScope } from '@livefair/protocol';

/** An organizer's matchmaking campaign: which suppliers (an expo's, or a region's) and which needs (a window, categories). */
@Entity('matching_campaigns')
export class Campaign extends UuidEntity {
  @Index()
  @Column({ type: 'varchar', length: 36 })
  organizerId!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 8 })
  scope!: CampaignScope;

  @Column({ type: 'varchar', length: 36, nullable: true })
  expoId!: string | null;

  @Column({ type: 'simple-json' })
  provinces!: string[];

  @Column({ type: 'simple-json' })
  categoryCodes!: string[];

  @Index()
  @Column(utcDatetime)
  startsAt!: Date;

  @Column(utcDatetime)
  endsAt!: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  webhookUrl!: string | null;

  /** Kept to sign deliveries; never sent back to a client. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  webhookSecret!: string | null;

  @Column(utcDatetime)
  createdAt!: Date;
}
