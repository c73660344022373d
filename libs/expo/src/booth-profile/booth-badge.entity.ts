import { Entity, Index, PrimaryColumn } from 'typeorm';

/** One badge of one booth: the index the search's badge filter reads (the profile's `badges`, one row each). */
@Entity('booth_badges')
@Index(['badge', 'boothId'])
export class BoothBadgeRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  boothId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  badge!: string;
}
