export * from './database.module';
export * from './columns';
export * from './unique-violation';
