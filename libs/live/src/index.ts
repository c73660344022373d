export * from './live.module';
export * from './sfu/worker-pool';
export * from './gateway/socket-principal';
export * from './gateway/install-adapter';
