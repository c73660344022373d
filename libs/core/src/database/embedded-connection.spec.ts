import 'reflect-metadata';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Column, DataSource, Entity, EntityManager, PrimaryGeneratedColumn } from 'typeorm';
import { embeddedDataSource } from './database.module';
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
