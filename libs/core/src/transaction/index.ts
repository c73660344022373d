export * from './transactional-connection';
export * from './transaction.module';
