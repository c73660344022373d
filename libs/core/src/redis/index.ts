export * from './redis-connections';
export * from './redis.module';
export * from './cluster-bus';
