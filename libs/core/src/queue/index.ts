export * from './job-registry';
export * from './job-queue';
export * from './job-queue.service';
export * from './job-handler.decorator';
export * from './job-runner';
export * from './queue.module';
export * from './in-process.driver';
export * from './bull.driver';
