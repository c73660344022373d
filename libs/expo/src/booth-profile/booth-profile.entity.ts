import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { utcDatetime } from '@livefair/core';
import type { BoothContactView, CertificationHeldView } from '@livefair/protocol';

/**
 * What an exhibitor shows at its booth beyond the booth row itself (one row per booth, created
 * at the first edit). Images are catalog upload keys of the booth's enterprise.
 */
@Entity('booth_profiles')
export class BoothProfile {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  boothId!: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  logoKey!: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  bannerKey!: string | null;

  @Column({ type: 'varchar', length: 4000, default: '' })
  introZh!: string;

  @Column({ type: 'varchar', length: 4000, default: '' })
  introEn!: string;

  /** An http(s) link to the intro video ('' for none). */
  @Column({ type: 'varchar', length: 500, default: '' })
  videoUrl!: string;

  /** Ordered ids of published products of the enterprise. */
  @Column({ type: 'simple-json' })
  showcase!: string[];

  @Column({ type: 'simple-json' })
  certifications!: CertificationHeldView[];

  /** Badge codes (BOOTH_BADGES); mirrored into booth_badges for the search filter. */
  @Column({ type: 'simple-json' })
  badges!: string[];

  @Column({ type: 'simple-json' })
  contacts!: BoothContactView[];

  @UpdateDateColumn(utcDatetime)
  updatedAt!: Date;
}
