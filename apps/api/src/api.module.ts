import { DynamicModule, Module } from '@nestjs/common';
import { AccountsHttpModule } from '@livefair/accounts';
import { CatalogHttpModule } from '@livefair/catalog';
import { AppConfig, CoreModule } from '@livefair/core';
import { ExpoHttpModule } from '@livefair/expo';
import { LiveSessionsHttpModule } from '@livefair/live';
import { OrdersHttpModule } from '@livefair/orders';
import { LeadsHttpModule } from '@livefair/leads';
import { MeetingsHttpModule } from '@livefair/meetings';

/** HTTP API: REST + OpenAPI, auth, the web UI. Enqueues jobs, never runs them. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot(config, { runJobs: false }),
        AccountsHttpModule,
        ExpoHttpModule,
        LiveSessionsHttpModule,
        OrdersHttpModule,
        CatalogHttpModule,
        LeadsHttpModule,
        MeetingsHttpModule,
      ],
    };
  }
}
