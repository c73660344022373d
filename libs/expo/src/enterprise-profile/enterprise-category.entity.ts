import { Entity, Index, PrimaryColumn } from 'typeorm';

/** One main category of one enterprise: the index the search's category filter reads. */
@Entity('enterprise_categories')
@Index(['code', 'enterpriseId'])
export class EnterpriseCategoryRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  code!: string;
}
