export * from './principal';
export * from './token.service';
export * from './token-revocations';
export * from './decorators';
export * from './auth.guard';
export * from './socket-auth';
export * from './auth-core.module';
export * from './ownership';
