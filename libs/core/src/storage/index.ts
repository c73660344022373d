export * from './object-storage';
export * from './local-disk-storage';
export * from './storage.module';
