export * from './http';
export * from './live';
