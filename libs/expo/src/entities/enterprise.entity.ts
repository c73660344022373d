import { Column, CreateDateColumn, Entity } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';

/** A manufacturer (or any company) that exhibits; exhibitor users are its members. */
@Entity('enterprises')
export class Enterprise extends UuidEntity {
  @Column({ type: 'varchar', length: 128 })
  name!: string;

  @Column({ type: 'varchar', length: 64, default: '' })
  city!: string;

  @Column({ type: 'varchar', length: 64, default: '' })
  industry!: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  description!: string;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;
}
