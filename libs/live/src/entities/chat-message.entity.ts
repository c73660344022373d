import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { utcDatetime, UuidEntity } from '@livefair/core';

@Entity('chat_messages')
@Index(['sessionId', 'createdAt'])
export class ChatMessage extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  sessionId!: string;

  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 64 })
  displayName!: string;

  /** At most 500 characters (code points), utf8mb4. */
  @Column({ type: 'varchar', length: 500 })
  text!: string;

  @Column({ ...utcDatetime, nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  deletedBy!: string | null;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;
}
