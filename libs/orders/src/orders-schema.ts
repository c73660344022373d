import { defineSchema } from '@livefair/core';
import { OrderEvent } from './entities/order-event.entity';
import { Order } from './entities/order.entity';
import { Orders1796117927128 } from './migrations/mysql/1796117927128-Orders';
import { Orders1796117936475 } from './migrations/sqlite/1796117936475-Orders';

/** Orders and their status history. Flash deals and quotes declare their tables beside their code. */
export const ordersEntities = [Order, OrderEvent];

defineSchema('orders', { entities: ordersEntities, migrations: { mysql: [Orders1796117927128], sqlite: [Orders1796117936475] } });
