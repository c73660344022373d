import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@livefair/accounts';
import { CatalogModule } from '@livefair/catalog';
import { ExpoModule } from '@livefair/expo';
import { OrderWriter } from './order-writer';
import { quoteControllers, quoteProviders, quoteServices, quotesEntities } from './quotes/quotes-parts';
// The context's declarations register with core as this module loads.
import './orders-errors';
import './orders-events';
import { ordersEntities } from './orders-schema';

/** Orders: placement, the state machine, idempotency, flash deals, quotes. */
@Module({
  imports: [
    TypeOrmModule.forFeature(ordersEntities),
    TypeOrmModule.forFeature(quotesEntities),
    CatalogModule,
    AccountsModule,
    ExpoModule,
  ],
  providers: [OrderWriter, ...quoteProviders],
  exports: [OrderWriter, ...quoteServices],
})
export class OrdersModule {}

/** The orders context's HTTP surface; mounted by HTTP processes only. */
@Module({ imports: [OrdersModule], controllers: [...quoteControllers] })
export class OrdersHttpModule {}
