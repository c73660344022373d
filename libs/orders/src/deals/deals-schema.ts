import { defineSchema } from '@livefair/core';
import { FlashDeal } from './entities/flash-deal.entity';
import { FlashDeals1796118896517 } from './migrations/mysql/1796118896517-FlashDeals';
import { FlashDeals1796118914498 } from './migrations/sqlite/1796118914498-FlashDeals';

/** Flash deals' own table; orders and their history are orders-schema.ts's. */
export const dealsEntities = [FlashDeal];

defineSchema('orders', {
  entities: dealsEntities,
  migrations: { mysql: [FlashDeals1796118896517], sqlite: [FlashDeals1796118914498] },
});
