// For `npm run migration:generate:sqlite`: diff the entities against an embedded database file.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { allEntities, sqliteMigrations } from './contexts';

export default new DataSource({
  type: 'sqljs',
  location: process.env.SQLJS_FILE ?? '.data/migrations.sqlite',
  autoSave: true,
  entities: allEntities,
  migrations: sqliteMigrations,
});
