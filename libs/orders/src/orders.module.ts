import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@livefair/catalog';
// The context's declarations register with core as this module loads.
import './orders-errors';
import './orders-events';
import { ordersEntities } from './orders-schema';

/** Orders: placement, the state machine, idempotency, flash deals, quotes. */
@Module({
  imports: [TypeOrmModule.forFeature(ordersEntities), CatalogModule],
  providers: [],
  exports: [],
})
export class OrdersModule {}

/** The orders context's HTTP surface; mounted by HTTP processes only. */
@Module({ imports: [OrdersModule], controllers: [] })
export class OrdersHttpModule {}
