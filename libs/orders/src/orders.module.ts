import { forwardRef, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@livefair/accounts';
import { CatalogModule } from '@livefair/catalog';
import { ExpoModule } from '@livefair/expo';
import { LiveSessionsModule } from '@livefair/live';
import { OrdersController } from './http/orders.controller';
import { SellerOrdersController } from './http/seller-orders.controller';
import { OrderActions } from './management/order-actions.service';
import { OrderQueries } from './management/order-query.service';
import { OrderTransitions } from './management/order-transitions.service';
import { OrderWriter } from './order-writer';
import { BankTransferProvider } from './payment/bank-transfer.provider';
import { PAYMENT_PROVIDERS, PaymentProvider } from './payment/payment-provider';
import { PaymentService } from './payment/payment.service';
import { OrderPlacement } from './placement/order-placement.service';
import { OrderRateLimit } from './placement/order-rate-limit';
import { quoteControllers, quoteProviders, quoteServices, quotesEntities } from './quotes/quotes-parts';
// The context's declarations register with core as this module loads.
import './orders-errors';
import './orders-events';
import { ordersEntities } from './orders-schema';
import { dealsEntities } from './deals/deals-schema';
import { dealControllers, dealExports, dealProviders } from './deals/deals.providers';

/** Orders: placement, the state machine, order management, payment; flash deals and quotes build on it. */
@Module({
  imports: [
    TypeOrmModule.forFeature([...ordersEntities, ...dealsEntities]),
    TypeOrmModule.forFeature(quotesEntities),
    CatalogModule,
    AccountsModule,
    ExpoModule,
    // forwardRef: libs/live may import this lib too (flash deals in the room), so either barrel can load first.
    forwardRef(() => LiveSessionsModule),
  ],
  providers: [
    OrderWriter,
    OrderTransitions,
    OrderQueries,
    OrderActions,
    OrderPlacement,
    OrderRateLimit,
    BankTransferProvider,
    { provide: PAYMENT_PROVIDERS, useFactory: (bank: PaymentProvider) => [bank], inject: [BankTransferProvider] },
    PaymentService,
    ...quoteProviders,
    ...dealProviders,
  ],
  exports: [
    OrderWriter,
    OrderTransitions,
    OrderQueries,
    OrderActions,
    OrderPlacement,
    PaymentService,
    ...quoteServices,
    ...dealExports,
  ],
})
export class OrdersModule {}

/** The orders context's HTTP surface; mounted by HTTP processes only. */
@Module({
  imports: [OrdersModule, CatalogModule],
  controllers: [OrdersController, SellerOrdersController, ...quoteControllers, ...dealControllers],
})
export class OrdersHttpModule {}
