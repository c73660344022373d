import { DynamicModule, Module } from '@nestjs/common';
import { AccountsHttpModule } from '@livefair/accounts';
import { AnalyticsHttpModule } from '@livefair/analytics';
import { CatalogHttpModule } from '@livefair/catalog';
import { CatalogImportHttpModule } from '@livefair/catalog/import';
import { AppConfig, CoreModule } from '@livefair/core';
import { ExpoConsoleHttpModule, ExpoHttpModule } from '@livefair/expo';
import { LiveSessionsHttpModule } from '@livefair/live';
import { OrdersHttpModule } from '@livefair/orders';
import { LeadsHttpModule } from '@livefair/leads';
import { MatchingHttpModule } from '@livefair/matching';
import { MeetingsHttpModule } from '@livefair/meetings';

/** HTTP API: REST + OpenAPI, auth, the web UI. Enqueues jobs, never runs them. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot(config, { runJobs: false }),
        // First of the routes: express tries a request against each route in order, and the event
        // ingest is the hottest HTTP path (every visitor, every few seconds).
        AnalyticsHttpModule,
        AccountsHttpModule,
        ExpoHttpModule,
        ExpoConsoleHttpModule,
        LiveSessionsHttpModule,
        OrdersHttpModule,
        CatalogHttpModule,
        LeadsHttpModule,
        CatalogImportHttpModule,
        MatchingHttpModule,
        MeetingsHttpModule,
      ],
    };
  }
}
