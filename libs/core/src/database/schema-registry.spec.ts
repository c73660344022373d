import type { DataSource, MigrationInterface } from 'typeorm';
import { SchemaCheck } from './schema-check';
import { schemaTable, SchemaTable } from './schema-registry';

const migration = (name: string) => {
  const m = class implements MigrationInterface {
    async up(): Promise<void> {}
    async down(): Promise<void> {}
  };
  Object.defineProperty(m, 'name', { value: name });
  return m;
};

class Deal {}
class Order {}

describe('SchemaTable', () => {
  it("orders every context's migrations by timestamp, per engine", () => {
    const t = new SchemaTable();
    const list = t.migrations('mysql');
    t.define('core', { entities: [], migrations: { mysql: [migration('Init1000000000000'), migration('Outbox3000000000000')] } });
    t.define('orders', {
      entities: [Order],
      migrations: { mysql: [migration('Orders2000000000000')], sqlite: [migration('Orders2000000000001')] },
    });
    // The data source holds this very array: it fills and stays sorted as contexts load.
    expect(list.map((m) => m.name)).toEqual(['Init1000000000000', 'Orders2000000000000', 'Outbox3000000000000']);
    expect(t.migrationOwnersOf('sqlite')).toEqual([['orders', 'Orders2000000000001']]);
    expect(t.ownerOf(Order)).toBe('orders');
  });

  it('refuses an entity or a migration that two contexts declare, and a migration without its timestamp', () => {
    const t = new SchemaTable();
    const shared = migration('Deals2000000000000');
    t.define('orders', { entities: [Deal], migrations: { mysql: [shared] } });
    expect(() => t.define('live', { entities: [Deal] })).toThrow('entity Deal is declared by both orders and live');
    expect(() => t.define('live', { entities: [], migrations: { mysql: [shared] } })).toThrow('declared by both orders and live');
    expect(() => t.define('live', { entities: [], migrations: { mysql: [migration('NoTimestamp')] } })).toThrow(
      '13-digit timestamp',
    );
  });
});

describe('SchemaCheck', () => {
  it('refuses to start with an entity no context declared', () => {
    class Stray {}
    const dataSource = { entityMetadatas: [{ target: Stray, name: 'Stray', tableName: 'strays' }] } as unknown as DataSource;
    expect(() => new SchemaCheck(dataSource).onModuleInit()).toThrow('Stray (table strays)');
  });

  it('accepts declared entities', () => {
    class Declared {}
    schemaTable.define('spec', { entities: [Declared] });
    const dataSource = {
      entityMetadatas: [{ target: Declared, name: 'Declared', tableName: 'declared' }],
    } as unknown as DataSource;
    expect(() => new SchemaCheck(dataSource).onModuleInit()).not.toThrow();
  });
});
