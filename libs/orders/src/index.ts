export * from './orders.module';
export * from './orders-errors';
export * from './orders-events';
export * from './order-states';
export * from './idempotency';
export * from './money';
export * from './order-writer';
export * from './quotes/quote-errors';
