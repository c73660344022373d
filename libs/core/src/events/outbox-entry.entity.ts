import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { utcDatetime } from '../database/columns';

/**
 * A job written in the same transaction as the business rows it belongs to; the outbox
 * relay moves it to the queue after the commit and deletes it.
 */
@Entity('outbox')
export class OutboxEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  jobName!: string;

  /** The job's payload as JSON. */
  @Column({ type: 'text' })
  payload!: string;

  /** Always set (`outbox:<id>` by default), so relaying a row twice enqueues one job. */
  @Column({ type: 'varchar', length: 200 })
  jobId!: string;

  @Column({ type: 'int', nullable: true })
  delayMs!: number | null;

  /** Set by the application (UTC), compared with its clock by the sweep. */
  @Index()
  @Column(utcDatetime)
  createdAt!: Date;
}
