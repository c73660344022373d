import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { RfqSide } from '@livefair/protocol';

/** A message in an RFQ's thread, from the buyer or one of the enterprise's staff. */
@Entity('rfq_messages')
@Index(['rfqId', 'createdAt'])
@Index(['rfqId', 'authorId', 'createdAt'])
export class RfqMessage extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  rfqId!: string;

  @Column({ type: 'varchar', length: 16 })
  side!: RfqSide;

  @Column({ type: 'varchar', length: 36 })
  authorId!: string;

  @Column({ type: 'varchar', length: 64 })
  authorName!: string;

  @Column({ type: 'varchar', length: 2000 })
  body!: string;

  @Column(utcDatetime)
  createdAt!: Date;
}
