import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Per booth totals (the funnel, dwell, watch time, peak concurrency). */
@Entity('analytics_booth_stats')
@Index(['expoId'])
export class BoothStats {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  boothId!: string;

  @Column({ type: 'varchar', length: 36 })
  expoId!: string;

  @Column({ type: 'varchar', length: 36 })
  hallId!: string;

  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  @Column({ type: 'int', default: 0 }) visits!: number;
  @Column({ type: 'int', default: 0 }) engaged!: number;
  @Column({ type: 'bigint', default: 0 }) dwellSeconds!: number;
  @Column({ type: 'bigint', default: 0 }) watchSeconds!: number;
  @Column({ type: 'int', default: 0 }) watchStarts!: number;
  @Column({ type: 'int', default: 0 }) productViews!: number;
  @Column({ type: 'int', default: 0 }) inquiries!: number;
  @Column({ type: 'int', default: 0 }) orders!: number;
  @Column({ type: 'bigint', default: 0 }) orderValueFen!: number;
  @Column({ type: 'int', default: 0 }) peakConcurrent!: number;
}

/** Per booth and UTC hour (the hour a visit started in; inquiries and orders by their time). */
@Entity('analytics_booth_hours')
@Index(['expoId', 'hour'])
export class BoothHour {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  boothId!: string;

  /** Epoch hours (UTC). */
  @PrimaryColumn({ type: 'int' })
  hour!: number;

  @Column({ type: 'varchar', length: 36 })
  expoId!: string;

  @Column({ type: 'varchar', length: 36 })
  hallId!: string;

  @Column({ type: 'int', default: 0 }) visits!: number;
  @Column({ type: 'int', default: 0 }) engaged!: number;
  @Column({ type: 'bigint', default: 0 }) dwellSeconds!: number;
  @Column({ type: 'bigint', default: 0 }) watchSeconds!: number;
  @Column({ type: 'int', default: 0 }) inquiries!: number;
  @Column({ type: 'int', default: 0 }) orders!: number;
  @Column({ type: 'bigint', default: 0 }) orderValueFen!: number;
}

/** Visits of a booth by dwell in whole seconds: the median comes from here. */
@Entity('analytics_dwell')
export class DwellBucket {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  boothId!: string;

  @PrimaryColumn({ type: 'int' })
  seconds!: number;

  @Column({ type: 'int', default: 0 }) visits!: number;
}

/** Visits present at a booth during each UTC minute: peak concurrency is the highest. */
@Entity('analytics_booth_minutes')
export class BoothMinute {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  boothId!: string;

  /** Epoch minutes (UTC). */
  @PrimaryColumn({ type: 'int' })
  minute!: number;

  @Column({ type: 'int', default: 0 }) visitors!: number;
}

/** Visits per visitor in a scope (`b:<booth>`, `h:<hall>`, `e:<expo>`). */
@Entity('analytics_scope_visitors')
export class ScopeVisitor {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  scope!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  visitorId!: string;

  @Column({ type: 'int', default: 0 }) visits!: number;
}

/** Unique and repeat (2+ visits) visitors of a scope; `frequency` rows count visitors by visits. */
@Entity('analytics_scope_stats')
export class ScopeStats {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  scope!: string;

  @Column({ type: 'int', default: 0 }) uniqueVisitors!: number;
  @Column({ type: 'int', default: 0 }) repeatVisitors!: number;
}

/** Moves from one place (`entry`, `hall:<id>`, `booth:<id>`) to a booth, per expo. */
@Entity('analytics_routes')
// The dashboards read the top moves of an expo, and a booth's moves in.
@Index(['expoId', 'count'])
@Index(['expoId', 'toKey'])
export class RouteLink {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  expoId!: string;

  @PrimaryColumn({ type: 'varchar', length: 48 })
  fromKey!: string;

  @PrimaryColumn({ type: 'varchar', length: 48 })
  toKey!: string;

  @Column({ type: 'int', default: 0 }) count!: number;
}

/** Three-step paths (place > place > booth), per expo. */
@Entity('analytics_paths')
@Index(['expoId', 'count'])
export class PathCount {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  expoId!: string;

  @PrimaryColumn({ type: 'varchar', length: 150 })
  path!: string;

  @Column({ type: 'int', default: 0 }) count!: number;
}
