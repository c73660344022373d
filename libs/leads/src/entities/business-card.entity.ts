import { Column, Entity, PrimaryColumn } from 'typeorm';
import { utcDatetime } from '@livefair/core';

/** A user's own business card (one per user). */
@Entity('business_cards')
export class BusinessCard {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 64, default: '' })
  title!: string;

  @Column({ type: 'varchar', length: 128, default: '' })
  company!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  wechat!: string | null;

  @Column(utcDatetime)
  updatedAt!: Date;
}
