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

  @OneToMany(() => Booth, (b) => b.hall)
  booths?: Booth[];
}
