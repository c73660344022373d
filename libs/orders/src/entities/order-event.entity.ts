import { Column, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';
import type { OrderActor, OrderStatus } from '@livefair/protocol';

/** One step of an order's status history (the first has `fromStatus` null: the order was placed). */
@Entity('order_events')
@Index(['orderId', 'at'])
export class OrderEvent extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  orderId!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus!: OrderStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus!: OrderStatus;

  @Column({ type: 'varchar', length: 16 })
  actor!: OrderActor;

  /** The user who acted; null for the system (expiry). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  note!: string;

  @Column(utcDatetime)
  at!: Date;
}
