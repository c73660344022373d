import { DynamicModule, Module } from '@nestjs/common';
import { AnalyticsModule } from '@livefair/analytics';
import { AppConfig, CoreModule } from '@livefair/core';
import { LiveModule } from '@livefair/live';
import { FlashDealsLiveModule, OrdersModule } from '@livefair/orders';

/** socket.io signalling, room events, the mediasoup worker pool. Scales on its own. */
@Module({})
export class LiveAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: LiveAppModule,
      imports: [CoreModule.forRoot(config, { runJobs: false }), LiveModule, OrdersModule, FlashDealsLiveModule, AnalyticsModule],
    };
  }
}
