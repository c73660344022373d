import 'reflect-metadata';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { createConnection } from 'mysql2/promise';
import { randomBytes } from 'node:crypto';
import { utcDatetime } from './columns';
import { insertRows, upsertRows } from './insert-rows';

const big = { type: 'bigint' as const, transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } };

@Entity('ledger_lines')
class Line {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'simple-json' })
  specs!: Record<string, string>;

  @Column(big)
  totalFen!: number;

  @Column({ ...utcDatetime, nullable: true })
  paidAt!: Date | null;

  @Column({ type: 'varchar', length: 16, default: 'x' })
  note!: string;
}

const MYSQL = process.env.TEST_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';

/** Rows written by insertRows read back as TypeORM wrote them, on both engines, in chunks past the placeholder limit. */
describe.each(['sqljs', 'mariadb'] as const)('insertRows (%s)', (engine) => {
  let ds: DataSource;
  let drop: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    if (engine === 'sqljs') {
      ds = new DataSource({ type: 'sqljs', entities: [Line], synchronize: true });
    } else {
      const name = `lf_test_insert_rows_${randomBytes(4).toString('hex')}`;
      const admin = await createConnection({ uri: MYSQL.replace(/^mariadb:/, 'mysql:') });
      await admin.query(`CREATE DATABASE \`${name}\``);
      drop = async () => {
        await admin.query(`DROP DATABASE \`${name}\``);
        await admin.end();
      };
      ds = new DataSource({ type: 'mariadb', url: `${MYSQL}/${name}`, timezone: 'Z', entities: [Line], synchronize: true });
    }
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await drop();
  });

  it('inserts complete rows, converting values as TypeORM does', async () => {
    const at = new Date('2026-12-01T08:30:15.123Z');
    const rows = Array.from({ length: 7000 }, (_, i) =>
      Object.assign(new Line(), {
        id: `line-${i}`,
        specs: { 颜色: '藏青', i: String(i) },
        totalFen: 10_000_000_000 + i,
        paidAt: i % 2 ? at : null,
        note: 'n',
      }),
    );
    await ds.transaction((m) => insertRows(m, Line, rows));
    expect(await ds.getRepository(Line).count()).toBe(7000);
    const [odd, even] = await Promise.all([
      ds.getRepository(Line).findOneByOrFail({ id: 'line-1' }),
      ds.getRepository(Line).findOneByOrFail({ id: 'line-2' }),
    ]);
    expect(odd).toMatchObject({ specs: { 颜色: '藏青', i: '1' }, totalFen: 10_000_000_001, note: 'n' });
    expect(odd.paidAt?.toISOString()).toBe(at.toISOString());
    expect(even.paidAt).toBeNull();
  });

  it('refuses a row with a column left unset, writing nothing', async () => {
    const partial = Object.assign(new Line(), { id: 'partial', specs: {}, totalFen: 1, paidAt: null });
    await expect(ds.transaction((m) => insertRows(m, Line, [partial]))).rejects.toThrow(/Line.note is not set/);
    expect(await ds.getRepository(Line).findOneBy({ id: 'partial' })).toBeNull();
  });

  it('upserts: taken keys update the named columns only, new keys insert', async () => {
    const at = new Date('2026-12-02T01:00:00.000Z');
    const line = (id: string, totalFen: number, note: string) =>
      Object.assign(new Line(), { id, specs: { v: note }, totalFen, paidAt: at, note });
    await ds.transaction((m) => insertRows(m, Line, [line('u-1', 1, 'old'), line('u-2', 2, 'old')]));
    await ds.transaction((m) => upsertRows(m, Line, [line('u-1', 11, 'new'), line('u-3', 3, 'new')], ['totalFen', 'specs']));
    const read = async (id: string) => ds.getRepository(Line).findOneByOrFail({ id });
    // u-1: totalFen and specs follow the new row, note (not named) stays.
    expect(await read('u-1')).toMatchObject({ totalFen: 11, specs: { v: 'new' }, note: 'old' });
    expect(await read('u-2')).toMatchObject({ totalFen: 2, note: 'old' });
    expect(await read('u-3')).toMatchObject({ totalFen: 3, note: 'new' });
    await expect(ds.transaction((m) => upsertRows(m, Line, [line('u-1', 1, 'x')], ['nope' as 'note']))).rejects.toThrow(
      /Line.nope is not a column/,
    );
  });
});
