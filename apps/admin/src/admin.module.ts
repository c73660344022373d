import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@livefair/accounts';
import { AnalyticsModule } from '@livefair/analytics';
import { AppConfig, CoreModule } from '@livefair/core';

/** The operator's command: the same config, database and services as the server, no HTTP. */
@Module({})
export class AdminModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AdminModule, imports: [CoreModule.forRoot(config, { runJobs: false }), AccountsModule, AnalyticsModule] };
  }
}
