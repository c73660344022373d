import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExpoModule } from '@livefair/expo';
import { DashboardService } from './dashboard/dashboard.service';
import { DomainRecorder } from './domain-recorder';
import { AnalyticsController } from './http/analytics.controller';
import { BoothDirectory } from './ingest/booth-directory';
import { IngestRateLimit } from './ingest/ingest-rate-limit';
import { IngestService } from './ingest/ingest.service';
import { RollupRunner } from './rollup/rollup-runner';
import { RollupStore } from './rollup/rollup-store';
import { SqlRollupStore } from './rollup/sql-rollup-store';
// The context's declarations register with core as this module loads.
import './analytics-errors';
import './analytics-events';
import './analytics-jobs';
import { analyticsEntities } from './analytics-schema';

/** Analytics: raw visit events, the roll-up jobs, the dashboards' reads. */
@Module({
  imports: [TypeOrmModule.forFeature(analyticsEntities), ExpoModule],
  providers: [
    BoothDirectory,
    IngestRateLimit,
    IngestService,
    DomainRecorder,
    { provide: RollupStore, useClass: SqlRollupStore },
    RollupRunner,
    DashboardService,
  ],
  exports: [IngestService, RollupStore, RollupRunner, DashboardService],
})
export class AnalyticsModule {}

/** The analytics HTTP surface; mounted by HTTP processes only. */
@Module({ imports: [AnalyticsModule], controllers: [AnalyticsController] })
export class AnalyticsHttpModule {}
