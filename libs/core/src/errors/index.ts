export * from './error-codes';
export * from './domain-error';
export * from './error-body';
export * from './http-exception.filter';
export * from './ws-ack';
export * from './validation';
export * from './ws-ack.filter';
export * from './ws-ack.interceptor';
