import { DataSource } from 'typeorm';
import { schemaTable } from '@livefair/core';
import { allEntities, mysqlMigrations, sqliteMigrations } from '../infra/db/contexts';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** Release 1 ran these two, from core's folder, under these names: they must keep them. */
const RELEASE_1 = {
  mysql: ['Init1795482510314', 'LiveSessions1795483399476'],
  sqlite: ['Init1795482518556', 'LiveSessions1795483406956'],
};

type Query = (sql: string, params?: unknown[]) => Promise<any>;

/**
 * Release-1 catalog rows: terms and tiers on the product. P1 has two SKUs, tiers and free samples;
 * P2 has a SKU, no tiers and no samples; P3 has tiers but no SKU.
 */
async function writeRelease1Catalog(query: Query, quote: string): Promise<void> {
  const q = (s: string) => s.replace(/`/g, quote);
  const product = q(
    'INSERT INTO `products` (`id`, `enterpriseId`, `name`, `description`, `category`, `unit`, `moq`, `leadTimeDays`, `sampleAvailable`, `samplePriceFen`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  await query(product, ['p1', 'e1', '纯棉T恤', '精梳棉', 'T恤', '件', 100, 7, 1, null]);
  await query(product, ['p2', 'e1', '实木餐桌', '', '餐桌', '张', 5, 30, 0, 9900]);
  await query(product, ['p3', 'e1', '蓝牙耳机', '', '耳机', '副', 50, 14, 1, 19900]);
  const tier = q('INSERT INTO `price_tiers` (`id`, `productId`, `minQty`, `unitPriceFen`) VALUES (?, ?, ?, ?)');
  await query(tier, ['t1', 'p1', 500, 1900]);
  await query(tier, ['t2', 'p1', 100, 2200]);
  await query(tier, ['t3', 'p3', 50, 13500]);
  const sku = q('INSERT INTO `skus` (`id`, `productId`, `skuCode`, `specs`, `priceFen`, `stock`) VALUES (?, ?, ?, ?, ?, ?)');
  await query(sku, ['s2', 'p1', 'TS-M', '{"尺码":"M"}', 2200, 300]);
  await query(sku, ['s1', 'p1', 'TS-L', '{"尺码":"L"}', 2200, 200]);
  await query(sku, ['s3', 'p2', 'TB-16', '{"尺寸":"1.6米"}', 268000, 4]);
}

/** What the catalog migration must have made of those rows. */
async function expectCatalogCarriedOver(query: Query, quote: string): Promise<void> {
  const q = (s: string) => s.replace(/`/g, quote);
  const products = await query(q('SELECT `id`, `status`, `nameEn`, `images` FROM `products` ORDER BY `id`'));
  expect(products).toEqual([
    { id: 'p1', status: 'published', nameEn: '', images: '[]' },
    { id: 'p2', status: 'published', nameEn: '', images: '[]' },
    { id: 'p3', status: 'published', nameEn: '', images: '[]' },
  ]);
  const skus = await query(
    q(
      'SELECT `id`, `productId`, `skuCode`, `priceFen`, `stock`, `moq`, `leadTimeDays`, `samplePriceFen`, `tiers`, `sortOrder` FROM `skus` ORDER BY `productId`, `sortOrder`',
    ),
  );
  const tiers = [
    { minQty: 100, unitPriceFen: 2200 },
    { minQty: 500, unitPriceFen: 1900 },
  ];
  expect(skus.map((s: any) => ({ ...s, priceFen: Number(s.priceFen), tiers: JSON.parse(s.tiers) }))).toEqual([
    {
      id: 's1',
      productId: 'p1',
      skuCode: 'TS-L',
      priceFen: 2200,
      stock: 200,
      moq: 100,
      leadTimeDays: 7,
      samplePriceFen: 0,
      tiers,
      sortOrder: 0,
    },
    {
      id: 's2',
      productId: 'p1',
      skuCode: 'TS-M',
      priceFen: 2200,
      stock: 300,
      moq: 100,
      leadTimeDays: 7,
      samplePriceFen: 0,
      tiers,
      sortOrder: 1,
    },
    {
      id: 's3',
      productId: 'p2',
      skuCode: 'TB-16',
      priceFen: 268000,
      stock: 4,
      moq: 5,
      leadTimeDays: 30,
      samplePriceFen: null,
      tiers: [{ minQty: 5, unitPriceFen: 268000 }],
      sortOrder: 0,
    },
    {
      id: expect.any(String),
      productId: 'p3',
      skuCode: 'DEFAULT',
      priceFen: 13500,
      stock: 0,
      moq: 50,
      leadTimeDays: 14,
      samplePriceFen: 19900,
      tiers: [{ minQty: 50, unitPriceFen: 13500 }],
      sortOrder: 0,
    },
  ]);
}

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('migrations');
  });
  afterAll(() => db?.drop());

  it('come from the context that owns their tables, release 1 names unchanged, in timestamp order', () => {
    for (const engine of ['mysql', 'sqlite'] as const) {
      const owners = schemaTable.migrationOwnersOf(engine);
      expect(owners.slice(0, 3)).toEqual([
        ['core', RELEASE_1[engine][0]],
        ['live', RELEASE_1[engine][1]],
        ['core', engine === 'mysql' ? 'Outbox1796110587353' : 'Outbox1796110602339'],
      ]);
      // Every later migration is a context's own, named after what it does, in timestamp order.
      const stamps = owners.map(([, name]) => Number(/(\d{13})$/.exec(name)?.[1]));
      expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
      for (const [owner] of owners.slice(3)) expect(owner).not.toBe('core');
    }
    const owners = Object.fromEntries(allEntities.map((e) => [e.name, schemaTable.ownerOf(e)]));
    expect(owners).toMatchObject({
      User: 'accounts',
      Enterprise: 'expo',
      Booth: 'expo',
      Product: 'catalog',
      LiveSession: 'live',
      OutboxEntry: 'core',
    });
  });

  it('bring a release-1 MariaDB database up to the entities by running only the new migrations', async () => {
    const old = await createTestDatabase('migrations_r1');
    const options = {
      type: old.url.startsWith('mariadb:') ? ('mariadb' as const) : ('mysql' as const),
      url: old.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      entities: allEntities,
      migrationsTransactionMode: 'each' as const,
    };
    try {
      const r1 = new DataSource({ ...options, migrations: mysqlMigrations.filter((m) => RELEASE_1.mysql.includes(m.name)) });
      await r1.initialize();
      await r1.runMigrations();
      await writeRelease1Catalog((sql, params) => r1.query(sql, params), '`');
      await r1.destroy();
      const now = new DataSource({ ...options, migrations: mysqlMigrations });
      await now.initialize();
      try {
        const ran = await now.runMigrations();
        expect(ran.map((m) => m.name)).toEqual(mysqlMigrations.map((m) => m.name).filter((n) => !RELEASE_1.mysql.includes(n)));
        expect((await now.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
        await expectCatalogCarriedOver((sql) => now.query(sql), '`');
      } finally {
        await now.destroy();
      }
    } finally {
      await old.drop();
    }
  });

  it('bring a release-1 embedded database up to the entities by running only the new migrations', async () => {
    const r1 = new DataSource({
      type: 'sqljs',
      entities: allEntities,
      migrations: sqliteMigrations.filter((m) => RELEASE_1.sqlite.includes(m.name)),
    });
    await r1.initialize();
    await r1.runMigrations();
    await writeRelease1Catalog((sql, params) => r1.query(sql, params), '"');
    const file = (r1.driver as unknown as { export(): Uint8Array }).export();
    await r1.destroy();
    const now = new DataSource({
      type: 'sqljs',
      database: file,
      entities: allEntities,
      migrations: sqliteMigrations,
      migrationsTransactionMode: 'each',
    });
    await now.initialize();
    try {
      const ran = await now.runMigrations();
      expect(ran.map((m) => m.name)).toEqual(sqliteMigrations.map((m) => m.name).filter((n) => !RELEASE_1.sqlite.includes(n)));
      expect((await now.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
      await expectCatalogCarriedOver((sql) => now.query(sql), '"');
    } finally {
      await now.destroy();
    }
  });

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
      expect(tables.map((t) => t.TABLE_NAME).sort()).toEqual([...new Set(ds.entityMetadatas.map((m) => m.tableName))].sort());
      expect(tables.map((t) => t.TABLE_NAME)).toEqual(
        expect.arrayContaining(['users', 'booths', 'products', 'live_sessions', 'outbox']),
      );
      for (const t of tables) expect(t.TABLE_COLLATION).toMatch(/^utf8mb4/);
      await ds.query("INSERT INTO enterprises (id, name) VALUES ('e1', '丹阳明月光学 👓')");
      expect(await ds.query("SELECT name FROM enterprises WHERE id = 'e1'")).toEqual([{ name: '丹阳明月光学 👓' }]);
      await ds.query("DELETE FROM enterprises WHERE id = 'e1'");
      for (let i = 0; i < mysqlMigrations.length; i++) await ds.undoLastMigration();
      const left = await ds.query(
        'SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> ?',
        [db.name, 'migrations'],
      );
      expect(Number(left[0].n)).toBe(0);
    } finally {
      await ds.destroy();
    }
  });

  it('bring an empty embedded database to the entities exactly', async () => {
    const ds = new DataSource({
      type: 'sqljs',
      entities: allEntities,
      migrations: sqliteMigrations,
      migrationsTransactionMode: 'each',
    });
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
