import { DataSource } from 'typeorm';
import { mysqlMigrations } from '../libs/core/src/database/migrations/mysql';
import { sqliteMigrations } from '../libs/core/src/database/migrations/sqlite';
import { allEntities } from '../infra/db/entities';
import { createTestDatabase, TestDatabase } from './support/test-database';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('migrations');
  });
  afterAll(() => db?.drop());

  it('bring an empty MariaDB to the entities exactly, utf8mb4 throughout, and roll back', async () => {
    const ds = new DataSource({
      type: db.url.startsWith('mariadb:') ? 'mariadb' : 'mysql',
      url: db.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      entities: allEntities,
      migrations: mysqlMigrations,
      migrationsTransactionMode: 'each',
    });
    await ds.initialize();
    try {
      const ran = await ds.runMigrations();
      expect(ran.map((m) => m.name)).toEqual(mysqlMigrations.map((m) => m.name));
      expect(await ds.showMigrations()).toBe(false);
      // Entities and migrations agree: the schema builder has nothing left to do.
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      const tables: { TABLE_NAME: string; TABLE_COLLATION: string }[] = await ds.query(
        'SELECT TABLE_NAME, TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> ?',
        [db.name, 'migrations'],
      );
      expect(tables.map((t) => t.TABLE_NAME).sort()).toEqual(
        ['booths', 'chat_bans', 'chat_messages', 'enterprises', 'expos', 'halls', 'live_sessions', 'notifications', 'outbox', 'price_tiers', 'products', 'skus', 'users'],
      );
      for (const t of tables) expect(t.TABLE_COLLATION).toMatch(/^utf8mb4/);
      await ds.query("INSERT INTO enterprises (id, name) VALUES ('e1', '丹阳明月光学 👓')");
      expect(await ds.query("SELECT name FROM enterprises WHERE id = 'e1'")).toEqual([{ name: '丹阳明月光学 👓' }]);
      await ds.query("DELETE FROM enterprises WHERE id = 'e1'");
      for (let i = 0; i < mysqlMigrations.length; i++) await ds.undoLastMigration();
      const left = await ds.query('SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> ?', [db.name, 'migrations']);
      expect(Number(left[0].n)).toBe(0);
    } finally {
      await ds.destroy();
    }
  });

  it('bring an empty embedded database to the entities exactly', async () => {
    const ds = new DataSource({ type: 'sqljs', entities: allEntities, migrations: sqliteMigrations, migrationsTransactionMode: 'each' });
    await ds.initialize();
    try {
      await ds.runMigrations();
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      await ds.query("INSERT INTO enterprises (id, name) VALUES ('e1', '东莞美克家居 🛋️')");
      expect(await ds.query("SELECT name FROM enterprises WHERE id = 'e1'")).toEqual([{ name: '东莞美克家居 🛋️' }]);
    } finally {
      await ds.destroy();
    }
  });
});
