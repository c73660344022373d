import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { Role, UuidEntity, utcDatetime } from '@livefair/core';

@Entity('users')
export class User extends UuidEntity {
  /** Stored lower-cased; unique. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 100 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 64 })
  displayName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  enterpriseId!: string | null;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;
}
