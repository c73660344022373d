// Every context whose tables the migrations describe, loaded as an app loads them: one
// import per context. Each registers its entities and migrations (defineSchema).
import '@livefair/accounts';
import '@livefair/catalog';
import '@livefair/catalog/import';
import '@livefair/expo';
import '@livefair/live';
import '@livefair/orders';
import '@livefair/leads';
import '@livefair/matching';
import '@livefair/analytics';
import '@livefair/meetings';
import { schemaTable } from '@livefair/core';

/** Every context's entities: what each engine's migrations must build. */
export const allEntities = schemaTable.entities();
export const mysqlMigrations = schemaTable.migrations('mysql');
export const sqliteMigrations = schemaTable.migrations('sqlite');
