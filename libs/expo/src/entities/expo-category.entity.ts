import { Column, Entity, Index } from 'typeorm';
import { UuidEntity } from '@livefair/core';

/** One node of an expo's category tree; matching reads the tree and the CCC flag of its leaves. */
@Entity('expo_categories')
@Index(['expoId', 'code'], { unique: true })
export class ExpoCategory extends UuidEntity {
  @Index()
  @Column({ type: 'varchar', length: 36 })
  expoId!: string;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  parentCode!: string | null;

  @Column({ type: 'varchar', length: 64 })
  nameZh!: string;

  @Column({ type: 'varchar', length: 64, default: '' })
  nameEn!: string;

  /** China Compulsory Certification required (meaningful on leaves). */
  @Column({ type: 'boolean', default: false })
  ccc!: boolean;

  @Column({ type: 'int', default: 0 })
  sortOrder!: number;
}
