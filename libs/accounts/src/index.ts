export * from './accounts.module';
export * from './accounts-errors';
export * from './accounts-jobs';
export * from './accounts.service';
export * from './notifications.service';
export * from './password';
export * from './entities/user.entity';
export * from './entities/notification.entity';
