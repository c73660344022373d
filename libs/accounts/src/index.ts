export * from './accounts.module';
export * from './accounts-errors';
export * from './accounts-jobs';
export * from './accounts.service';
export * from './accounts-admin.service';
export * from './notifications.service';
export * from './password';
