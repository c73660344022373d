import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@livefair/accounts';
import { CatalogImportModule } from '@livefair/catalog/import';
import { AnalyticsModule } from '@livefair/analytics';
import { AppConfig, CoreModule } from '@livefair/core';
import { LiveSessionsModule } from '@livefair/live';
import { OrdersModule } from '@livefair/orders';
import { MatchingModule } from '@livefair/matching';

/** Background jobs. Every module with a @JobHandler must be imported here. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(config, { runJobs: true }),
        AccountsModule,
        LiveSessionsModule,
        OrdersModule,
        CatalogImportModule,
        MatchingModule,
        AnalyticsModule,
      ],
    };
  }
}
