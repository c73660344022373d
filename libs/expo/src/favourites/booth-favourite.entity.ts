import { CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { utcDatetime } from '@livefair/core';

/** A buyer keeps a booth as a favourite and follows its sessions. */
@Entity('booth_favourites')
@Index(['boothId', 'userId'])
export class BoothFavourite {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  boothId!: string;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;
}
