import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { UuidEntity } from '@livefair/core';
import { Booth } from './booth.entity';
import { Expo } from './expo.entity';

@Entity('halls')
export class Hall extends UuidEntity {
  @Index()
  @Column({ type: 'varchar', length: 36 })
  expoId!: string;

  @ManyToOne(() => Expo, (e) => e.halls, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expoId' })
  expo?: Expo;

  @Column({ type: 'varchar', length: 128 })
  name!: string;

  @Column({ type: 'varchar', length: 64, default: '' })
  industry!: string;

  @Column({ type: 'int', default: 0 })
  sortOrder!: number;

  @Column({ type: 'varchar', length: 128, default: '' })
  nameEn!: string;

  /** The expo category this hall is themed by (a code of its tree), or null. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  categoryCode!: string | null;

  /** The hall map's grid: booth slots sit on whole cells inside cols x rows. */
  @Column({ type: 'int', default: 12 })
  gridCols!: number;

  @Column({ type: 'int', default: 8 })
  gridRows!: number;

  @OneToMany(() => Booth, (b) => b.hall)
  booths?: Booth[];
}
