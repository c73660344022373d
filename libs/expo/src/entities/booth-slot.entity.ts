import { Column, Entity, Index } from 'typeorm';
import { UuidEntity } from '@livefair/core';

/** A rectangle of whole cells on a hall map's grid; points at the booth assigned to it. */
@Entity('booth_slots')
@Index(['hallId', 'code'], { unique: true })
export class BoothSlot extends UuidEntity {
  @Index()
  @Column({ type: 'varchar', length: 36 })
  hallId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  expoId!: string;

  @Column({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'int' })
  x!: number;

  @Column({ type: 'int' })
  y!: number;

  @Column({ type: 'int' })
  w!: number;

  @Column({ type: 'int' })
  h!: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  boothId!: string | null;
}
