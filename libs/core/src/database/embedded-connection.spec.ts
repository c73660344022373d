import 'reflect-metadata';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Column, DataSource, Entity, EntityManager, PrimaryGeneratedColumn } from 'typeorm';
import { embeddedDataSource } from './database.module';
import { ConnectionLock, serializedSqljsDataSource } from './embedded-connection';
import { isUniqueViolation } from './unique-violation';

@Entity('firms')
class Firm {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar' })
  name!: string;
}

@Entity('accounts')
class Account {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', unique: true })
  email!: string;

  @Column({ type: 'integer', nullable: true })
  firmId!: number | null;
}

/** A transaction that waits on something outside the database between statements (a hash, a queue, another service). */
async function registerExhibitor(ds: DataSource, email: string): Promise<'created' | 'taken'> {
  try {
    await ds.transaction(async (m: EntityManager) => {
      const firm = await m.save(m.create(Firm, { name: `${email} 工厂` }));
      await nextTurn();
      await m.save(m.create(Account, { email, firmId: firm.id }));
      await nextTurn();
    });
    return 'created';
  } catch (err) {
    if (isUniqueViolation(err)) return 'taken';
    throw err;
  }
}

describe('embedded engine connection (sql.js, one connection for the process)', () => {
  let ds: DataSource;
  beforeEach(async () => {
    ds = embeddedDataSource(
      { type: 'sqljs', entities: [Firm, Account], synchronize: true },
      { type: 'sqljs', file: null, migrate: false, synchronize: true, saveMs: 1000 },
    );
    await ds.initialize();
  });
  afterEach(() => ds.destroy());

  const counts = async () => ({
    firms: await ds.getRepository(Firm).count(),
    accounts: await ds.getRepository(Account).count(),
    orphans: Number(
      (
        await ds.query('SELECT COUNT(*) AS n FROM firms WHERE id NOT IN (SELECT firmId FROM accounts WHERE firmId IS NOT NULL)')
      )[0].n,
    ),
  });

  it('runs concurrent transactions one after another: a duplicate rolls back only its own rows', async () => {
    const emails = Array.from({ length: 10 }, (_, i) => `e${i}@example.cn`);
    const results = await Promise.all(emails.flatMap((e) => [registerExhibitor(ds, e), registerExhibitor(ds, e)]));
    expect(results.filter((r) => r === 'created')).toHaveLength(10);
    expect(results.filter((r) => r === 'taken')).toHaveLength(10);
    expect(await counts()).toEqual({ firms: 10, accounts: 10, orphans: 0 });
  });

  it('keeps a plain write made while another request has a transaction open that then rolls back', async () => {
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => (inside = resolve));
    const failing = ds.transaction(async (m) => {
      await m.save(m.create(Firm, { name: '回滚的' }));
      inside();
      await nextTurn();
      await nextTurn();
      throw new Error('this request fails');
    });
    await opened;
    await ds.getRepository(Account).save({ email: 'kept@example.cn', firmId: null });
    await expect(failing).rejects.toThrow('this request fails');
    expect(await ds.getRepository(Account).findOneBy({ email: 'kept@example.cn' })).not.toBeNull();
    expect(await ds.getRepository(Firm).count()).toBe(0);
  });

  it('lets code inside a transaction use another repository or a nested transaction (they join it, no deadlock)', async () => {
    await expect(
      ds.transaction(async (m) => {
        await m.save(m.create(Firm, { name: '外层' }));
        await nextTurn();
        await ds.getRepository(Account).save({ email: 'inner@example.cn', firmId: null });
        await ds.transaction((inner) => inner.save(inner.create(Firm, { name: '内层' })));
        throw new Error('roll all of it back');
      }),
    ).rejects.toThrow('roll all of it back');
    expect(await counts()).toEqual({ firms: 0, accounts: 0, orphans: 0 });
    // The connection is free again.
    await ds.getRepository(Account).save({ email: 'after@example.cn', firmId: null });
    expect(await ds.getRepository(Account).count()).toBe(1);
  });

  it('gives the connection back when a runner is released with its transaction still open', async () => {
    const runner = ds.createQueryRunner();
    await runner.startTransaction();
    await runner.manager.save(runner.manager.create(Firm, { name: '未提交' }));
    await runner.release();
    expect(await ds.getRepository(Firm).count()).toBe(0);
  });
});

describe('embedded engine writes (what asks for a save of the file)', () => {
  let ds: DataSource;
  let writes: number;
  beforeEach(async () => {
    writes = 0;
    ds = serializedSqljsDataSource(
      { type: 'sqljs', entities: [Firm, Account], synchronize: true },
      new ConnectionLock(),
      () => void writes++,
    );
    await ds.initialize();
    await ds.getRepository(Firm).save({ name: '已有' });
    writes = 0;
  });
  afterEach(() => ds.destroy());

  it('counts nothing for reads, read-only transactions and statements that changed no row', async () => {
    await ds.getRepository(Firm).find();
    await ds.transaction(async (m) => {
      await m.getRepository(Firm).count();
      await m.query('SELECT name FROM firms');
    });
    await ds.query('INSERT OR IGNORE INTO firms (id, name) VALUES (1, ?)', ['重复']);
    await ds.query('UPDATE firms SET name = ? WHERE id = 999', ['无此行']);
    await ds.transaction((m) => m.query('DELETE FROM firms WHERE id = 999'));
    expect(writes).toBe(0);
    expect(await ds.getRepository(Firm).findOneByOrFail({ id: 1 })).toMatchObject({ name: '已有' });
  });

  it('counts each statement or committed transaction that changed rows, and schema changes', async () => {
    await ds.query('UPDATE firms SET name = ? WHERE id = 1', ['改名']);
    await ds.query('INSERT OR IGNORE INTO firms (id, name) VALUES (2, ?)', ['新的']);
    await ds.transaction(async (m) => {
      await m.query('SELECT 1');
      await m.getRepository(Firm).save({ name: '事务里' });
    });
    await ds.query('CREATE TABLE notes (id INTEGER PRIMARY KEY)');
    expect(writes).toBe(4);
  });

  it('counts no write for a transaction that rolled back', async () => {
    await expect(
      ds.transaction(async (m) => {
        await m.getRepository(Firm).save({ name: '回滚' });
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(writes).toBe(0);
  });
});
