import { defineSchema } from '@livefair/core';
import { OrderEvent } from './entities/order-event.entity';
import { Order } from './entities/order.entity';
import { Orders1796117927128 } from './migrations/mysql/1796117927128-Orders';
import { PaymentAccounts1796118941258 } from './migrations/mysql/1796118941258-PaymentAccounts';
import { Orders1796117936475 } from './migrations/sqlite/1796117936475-Orders';
import { PaymentAccounts1796118954394 } from './migrations/sqlite/1796118954394-PaymentAccounts';
import { PaymentAccount } from './payment/payment-account.entity';

/** Orders, their status history, the sellers' receiving accounts. Flash deals and quotes declare their tables beside their code. */
export const ordersEntities = [Order, OrderEvent, PaymentAccount];

defineSchema('orders', {
  entities: ordersEntities,
  migrations: {
    mysql: [Orders1796117927128, PaymentAccounts1796118941258],
    sqlite: [Orders1796117936475, PaymentAccounts1796118954394],
  },
});
