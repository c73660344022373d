// For `npm run migration:generate:sqlite`: diff the entities against an embedded database file.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { sqliteMigrations } from '../../libs/core/src/database/migrations/sqlite';
import { allEntities } from './entities';

export default new DataSource({
  type: 'sqljs',
  location: process.env.SQLJS_FILE ?? '.data/migrations.sqlite',
  autoSave: true,
  entities: allEntities,
  migrations: sqliteMigrations,
});
