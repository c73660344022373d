import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@livefair/accounts';
import { AnalyticsModule } from '@livefair/analytics';
import { AppConfig, CoreModule } from '@livefair/core';
import { LiveSessionsModule } from '@livefair/live';
import { OrdersModule } from '@livefair/orders';

/** Background jobs. Every module with a @JobHandler must be imported here. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot(config, { runJobs: true }), AccountsModule, LiveSessionsModule, OrdersModule, AnalyticsModule],
    };
  }
}
