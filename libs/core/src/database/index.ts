// Core's own schema (the outbox, the release-1 baseline) registers as core loads.
import './core-schema';

export * from './database.module';
export * from './columns';
export * from './unique-violation';
export * from './connection-lost';
export * from './schema-registry';
export * from './schema-check';
export * from './insert-rows';
