import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventBus } from '../events/event-bus';
import { Outbox, OutboxRelay } from '../events/outbox';
import { OutboxEntry } from '../events/outbox-entry.entity';
import { TransactionalConnection } from './transactional-connection';

/** Transactions, after-commit domain events and the outbox, for every context. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEntry]), DiscoveryModule],
  providers: [TransactionalConnection, EventBus, OutboxRelay, Outbox],
  exports: [TransactionalConnection, EventBus, Outbox, OutboxRelay],
})
export class TransactionModule {}
