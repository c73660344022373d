export * from './keyed-queue';
export * from './async-scopes';
