import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { utcDatetime, UuidEntity } from '@livefair/core';

/** A user muted in one session's chat by the booth's staff. */
@Entity('chat_bans')
@Index(['sessionId', 'userId'], { unique: true })
export class ChatBan extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  sessionId!: string;

  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 36 })
  bannedBy!: string;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;
}
