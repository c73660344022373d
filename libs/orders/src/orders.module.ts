import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@livefair/accounts';
import { CatalogModule } from '@livefair/catalog';
import { LiveSessionsModule } from '@livefair/live';
import { OrderWriter } from './order-writer';
// The context's declarations register with core as this module loads.
import './orders-errors';
import './orders-events';
import { ordersEntities } from './orders-schema';
import { dealsEntities } from './deals/deals-schema';
import { dealControllers, dealExports, dealProviders } from './deals/deals.providers';

/** Orders: placement, the state machine, idempotency, flash deals, quotes. */
@Module({
  imports: [TypeOrmModule.forFeature([...ordersEntities, ...dealsEntities]), CatalogModule, AccountsModule, LiveSessionsModule],
  providers: [OrderWriter, ...dealProviders],
  exports: [OrderWriter, ...dealExports],
})
export class OrdersModule {}

/** The orders context's HTTP surface; mounted by HTTP processes only. */
@Module({ imports: [OrdersModule], controllers: [...dealControllers] })
export class OrdersHttpModule {}
