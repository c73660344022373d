import { DynamicModule, Module } from '@nestjs/common';
import { AuthCoreModule } from './auth/auth-core.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { SchemaCheck } from './database/schema-check';
import { HealthModule } from './health/health.module';
import { InfoController } from './http/info.controller';
import { LoggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { QueueModule } from './queue/queue.module';
import { RedisModule } from './redis/redis.module';
import { StorageModule } from './storage/storage.module';
import { TransactionModule } from './transaction/transaction.module';

export interface CoreOptions {
  /** Consume background jobs in this process (worker, all-in-one). */
  runJobs: boolean;
}

/** Everything every process needs: config, logs, database, transactions and events, queue, auth, object storage, health, metrics. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, options: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot(config),
        QueueModule.forRoot(config, { runJobs: options.runJobs }),
        RedisModule,
        StorageModule,
        TransactionModule,
        AuthCoreModule,
        HealthModule,
        MetricsModule,
      ],
      controllers: [InfoController],
      providers: [SchemaCheck],
    };
  }
}
