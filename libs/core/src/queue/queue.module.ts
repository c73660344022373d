import { DynamicModule, Global, Inject, Module, OnApplicationShutdown, Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { BullQueueDriver } from './bull.driver';
import { InProcessQueueDriver } from './in-process.driver';
import { QUEUE_DRIVER, QueueDriver } from './job-queue';
import { JobQueue } from './job-queue.service';
import { JobRunner } from './job-runner';

export function createQueueDriver(config: AppConfig): QueueDriver {
  return config.redis ? new BullQueueDriver(config.redis.url, config.queue.prefix) : new InProcessQueueDriver();
}

/**
 * One queue abstraction. `runJobs` decides whether this process consumes jobs;
 * every process may enqueue.
 */
@Global()
@Module({})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(QUEUE_DRIVER) private readonly driver: QueueDriver) {}

  static forRoot(config: AppConfig, options: { runJobs: boolean }): DynamicModule {
    const providers: Provider[] = [{ provide: QUEUE_DRIVER, useFactory: () => createQueueDriver(config) }, JobQueue];
    if (options.runJobs) providers.push(JobRunner);
    return {
      module: QueueModule,
      imports: options.runJobs ? [DiscoveryModule] : [],
      providers,
      exports: [JobQueue, QUEUE_DRIVER],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }
}
