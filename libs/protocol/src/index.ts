export * from './http';
export * from './live';
export * from './orders';
export * from './quotes';
export * from './order-pricing';
export * from './deals';
export * from './leads';
export * from './meetings';
