export * from './http';
export * from './live';
export * from './orders';
export * from './deals';
