export * from './keyed-queue';
