import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { utcDatetime, UuidEntity } from '@livefair/core';
import type { MeetingStatus } from '@livefair/protocol';

/** A slot as stored: UTC instants, epoch-free ISO strings in the JSON column. */
export interface StoredSlot {
  startsAt: string;
  endsAt: string;
}

/**
 * A buyer's request for a private video meeting with an enterprise: proposed slots, then the one
 * the enterprise's staff accepted (and its room), or a decline or a cancel. Names are snapshots.
 */
@Entity('meetings')
@Index(['buyerId', 'createdAt'])
@Index(['buyerId', 'enterpriseId', 'status'])
@Index(['enterpriseId', 'status', 'createdAt'])
@Index(['status', 'acceptedStartsAt'])
export class Meeting extends UuidEntity {
  @Column({ type: 'varchar', length: 16 })
  status!: MeetingStatus;

  @Column({ type: 'varchar', length: 36 })
  buyerId!: string;

  @Column({ type: 'varchar', length: 64 })
  buyerName!: string;

  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  @Column({ type: 'varchar', length: 128 })
  enterpriseName!: string;

  @Column({ type: 'varchar', length: 200 })
  topic!: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  message!: string;

  /** Indexed: matching's campaign dashboard reads the meetings about its needs. */
  @Index()
  @Column({ type: 'varchar', length: 64, nullable: true })
  demandId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  context!: string | null;

  @Column({ type: 'simple-json' })
  slots!: StoredSlot[];

  @Column({ ...utcDatetime, nullable: true })
  acceptedStartsAt!: Date | null;

  @Column({ ...utcDatetime, nullable: true })
  acceptedEndsAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  acceptedBy!: string | null;

  /** Who may join the room: the buyer, the accepting staff member and the colleagues they named. */
  @Column({ type: 'simple-json', nullable: true })
  participantIds!: string[] | null;

  /** The live session (kind `meeting`) of the room, once accepted. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  roomSessionId!: string | null;

  @Column({ ...utcDatetime, nullable: true })
  roomOpensAt!: Date | null;

  @Column({ ...utcDatetime, nullable: true })
  roomClosesAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  declineReason!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  cancelledBy!: 'buyer' | 'enterprise' | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  cancelReason!: string | null;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;

  @Column(utcDatetime)
  updatedAt!: Date;
}
