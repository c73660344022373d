import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { utcDatetime, UuidEntity } from '@livefair/core';
import type { LiveRoomKind, LiveSessionStatus } from '@livefair/protocol';

/** A booth's broadcast: scheduled -> live -> ended. Its room is keyed by this id. */
@Entity('live_sessions')
export class LiveSession extends UuidEntity {
  @Index()
  @Column({ type: 'varchar', length: 36 })
  boothId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status!: LiveSessionStatus;

  @Column({ ...utcDatetime, nullable: true })
  scheduledAt!: Date | null;

  @Column({ ...utcDatetime, nullable: true })
  startedAt!: Date | null;

  @Column({ ...utcDatetime, nullable: true })
  endedAt!: Date | null;

  /** Organizer/exhibitor choice: may people watch without logging in? Chat and buying always need a login. */
  @Column({ type: 'boolean', default: true })
  allowAnonymous!: boolean;

  /** Aggregated taps; flushed from memory every few seconds. */
  @Column({ type: 'int', default: 0 })
  likeCount!: number;

  @Column({ type: 'int', default: 0 })
  peakViewers!: number;

  @Column({ type: 'varchar', length: 36, nullable: true })
  pinnedProductId!: string | null;

  @Column({ ...utcDatetime, nullable: true })
  pinnedAt!: Date | null;

  /** Bearer key for WHIP/RTP ingest; rotating it revokes the old one. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  streamKey!: string;

  @Column({ type: 'varchar', length: 36 })
  createdBy!: string;

  /** `broadcast` (a booth's public room) or `meeting` (private: only `participantIds` join, each may publish). */
  @Column({ type: 'varchar', length: 16, default: 'broadcast' })
  kind!: LiveRoomKind;

  /** A meeting room's users (buyer and the enterprise's staff); null for broadcasts. */
  @Column({ type: 'simple-json', nullable: true })
  participantIds!: string[] | null;

  /** A meeting room admits joins from `opensAt` until `closesAt`; null for broadcasts. */
  @Column({ ...utcDatetime, nullable: true })
  opensAt!: Date | null;

  @Column({ ...utcDatetime, nullable: true })
  closesAt!: Date | null;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;
}
