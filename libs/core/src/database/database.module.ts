import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule, TypeOrmModuleOptions } from '@nestjs/typeorm';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { SqljsDriver } from 'typeorm/driver/sqljs/SqljsDriver';
import { AppConfig, DatabaseConfig } from '../config/app-config';
import { ConnectionLock, serializedSqljsDataSource } from './embedded-connection';
import { EmbeddedSaver } from './embedded-saver';
import { mysqlMigrations } from './migrations/mysql';
import { sqliteMigrations } from './migrations/sqlite';

/** TypeORM options for either engine; entities come from each context's `forFeature`. */
export function typeOrmOptions(db: DatabaseConfig): TypeOrmModuleOptions {
  if (db.type !== 'sqljs') {
    return {
      type: db.type,
      url: db.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      dateStrings: false,
      autoLoadEntities: true,
      synchronize: db.synchronize,
      migrations: mysqlMigrations,
      migrationsRun: db.migrate && !db.synchronize,
      migrationsTransactionMode: 'each',
      extra: { connectionLimit: 20 },
      retryAttempts: 3,
      retryDelay: 1000,
    };
  }
  const file = db.file;
  if (file) mkdirSync(dirname(file), { recursive: true });
  return {
    type: 'sqljs',
    // Loaded from here at start; saved by EmbeddedSaver, not by TypeORM's autoSave (a full export per write).
    location: file ?? undefined,
    autoSave: false,
    useLocalForage: false,
    autoLoadEntities: true,
    synchronize: db.synchronize,
    migrations: sqliteMigrations,
    migrationsRun: db.migrate && !db.synchronize,
    migrationsTransactionMode: 'each',
  };
}

/**
 * The embedded engine's DataSource: callers take turns on its one connection, and the
 * file is saved in batches (at most `saveMs` after a write) and when the DataSource closes.
 */
export function embeddedDataSource(options: DataSourceOptions, db: Extract<DatabaseConfig, { type: 'sqljs' }>): DataSource {
  const lock = new ConnectionLock();
  const file = db.file;
  if (!file) return serializedSqljsDataSource(options, lock, () => undefined);
  let saver: EmbeddedSaver | null = null;
  const dataSource = serializedSqljsDataSource(options, lock, () => saver?.markDirty());
  saver = new EmbeddedSaver({
    file,
    windowMs: db.saveMs,
    exportDatabase: () => (dataSource.driver as SqljsDriver).export(),
    exclusive: (work) => lock.run(work),
  });
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    if (dataSource.isInitialized) await saver!.close();
    return destroy();
  };
  return dataSource;
}

@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    const db = config.database;
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => typeOrmOptions(db),
          dataSourceFactory: db.type === 'sqljs' ? async (options) => embeddedDataSource(options!, db) : undefined,
        }),
      ],
    };
  }
}
