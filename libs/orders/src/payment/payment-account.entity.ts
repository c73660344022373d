import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';

/** An enterprise's receiving account for offline bank transfers (收款账户): one per enterprise. */
@Entity('payment_accounts')
export class PaymentAccount extends UuidEntity {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  /** 户名. */
  @Column({ type: 'varchar', length: 100 })
  accountName!: string;

  /** 开户行. */
  @Column({ type: 'varchar', length: 100 })
  bankName!: string;

  /** 账号. */
  @Column({ type: 'varchar', length: 40 })
  accountNo!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  note!: string;

  /** The exhibitor who last set it. */
  @Column({ type: 'varchar', length: 36 })
  updatedBy!: string;

  @UpdateDateColumn(utcDatetime)
  updatedAt!: Date;
}
