import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule, TypeOrmModuleOptions } from '@nestjs/typeorm';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppConfig, DatabaseConfig } from '../config/app-config';
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
  if (db.file) mkdirSync(dirname(db.file), { recursive: true });
  return {
    type: 'sqljs',
    location: db.file ?? undefined,
    autoSave: db.file !== null,
    useLocalForage: false,
    autoLoadEntities: true,
    synchronize: db.synchronize,
    migrations: sqliteMigrations,
    migrationsRun: db.migrate && !db.synchronize,
    migrationsTransactionMode: 'each',
  };
}

@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: DatabaseModule, imports: [TypeOrmModule.forRoot(typeOrmOptions(config.database))] };
  }
}
