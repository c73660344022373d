import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';

/** A suggestion pushed to both sides; the unique suggestion id is what keeps it from being pushed twice. */
@Entity('matching_campaign_pushes')
export class CampaignPush extends UuidEntity {
  @Index()
  @Column({ type: 'varchar', length: 36 })
  campaignId!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 36 })
  suggestionId!: string;

  @Column({ type: 'varchar', length: 36 })
  demandId!: string;

  @Column({ type: 'varchar', length: 36 })
  supplierId!: string;

  @Column(utcDatetime)
  pushedAt!: Date;
}
