import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@livefair/accounts';
import { CatalogModule } from '@livefair/catalog';
import { OrderWriter } from './order-writer';
// The context's declarations register with core as this module loads.
import './orders-errors';
import './orders-events';
import { ordersEntities } from './orders-schema';

/** Orders: placement, the state machine, idempotency, flash deals, quotes. */
@Module({
  imports: [TypeOrmModule.forFeature(ordersEntities), CatalogModule, AccountsModule],
  providers: [OrderWriter],
  exports: [OrderWriter],
})
export class OrdersModule {}

/** The orders context's HTTP surface; mounted by HTTP processes only. */
@Module({ imports: [OrdersModule], controllers: [] })
export class OrdersHttpModule {}
