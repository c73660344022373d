// For `npm run migration:generate:mysql`: diff the entities against a MySQL/MariaDB database.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { allEntities, mysqlMigrations } from './contexts';

export default new DataSource({
  type: (process.env.DATABASE_URL ?? 'mariadb:').startsWith('mariadb:') ? 'mariadb' : 'mysql',
  url: process.env.DATABASE_URL ?? 'mariadb://root@127.0.0.1:3306/livefair_migrations',
  charset: 'utf8mb4_unicode_ci',
  timezone: 'Z',
  entities: allEntities,
  migrations: mysqlMigrations,
});
