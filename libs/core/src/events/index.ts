export * from './domain-events';
export * from './event-bus';
export * from './outbox';
export * from './outbox-entry.entity';
