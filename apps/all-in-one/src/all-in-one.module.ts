import { DynamicModule, Module } from '@nestjs/common';
import { AccountsHttpModule } from '@livefair/accounts';
import { AnalyticsHttpModule } from '@livefair/analytics';
import { CatalogHttpModule } from '@livefair/catalog';
import { CatalogImportHttpModule } from '@livefair/catalog/import';
import { AppConfig, CoreModule } from '@livefair/core';
import { DemoModule } from '@livefair/demo';
import { ExpoConsoleHttpModule, ExpoHttpModule } from '@livefair/expo';
import { LiveModule, LiveSessionsHttpModule } from '@livefair/live';
import { FlashDealsLiveModule, OrdersHttpModule } from '@livefair/orders';
import { LeadsHttpModule } from '@livefair/leads';
import { MatchingHttpModule } from '@livefair/matching';
import { MeetingsHttpModule } from '@livefair/meetings';

/** The embedded default: API, live and worker in one process. */
@Module({})
export class AllInOneModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AllInOneModule,
      imports: [
        CoreModule.forRoot(config, { runJobs: true }),
        // First of the routes: express tries a request against each route in order, and the event
        // ingest is the hottest HTTP path (every visitor, every few seconds).
        AnalyticsHttpModule,
        AccountsHttpModule,
        CatalogHttpModule,
        CatalogImportHttpModule,
        ExpoHttpModule,
        ExpoConsoleHttpModule,
        LiveModule,
        LiveSessionsHttpModule,
        OrdersHttpModule,
        FlashDealsLiveModule,
        LeadsHttpModule,
        MeetingsHttpModule,
        DemoModule,
        MatchingHttpModule,
      ],
    };
  }
}
