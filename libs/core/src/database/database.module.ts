import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule, TypeOrmModuleOptions } from '@nestjs/typeorm';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppConfig, DatabaseConfig } from '../config/app-config';
import { mysqlMigrations } from './migrations/mysql';
import { sqliteMigrations } from './migrations/sqlite';

/**
 * The embedded engine keeps the whole database in memory and saves it after each
 * write. Write a temp file and rename it, synchronously, so a kill mid-save leaves
 * the previous complete file, never a truncated one.
 */
function writeAtomically(file: string, data: Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

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
    location: file ?? undefined,
    autoSave: file !== null,
    autoSaveCallback: file ? (data: Uint8Array) => writeAtomically(file, data) : undefined,
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
