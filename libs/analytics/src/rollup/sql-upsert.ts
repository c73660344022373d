import type { EntityManager } from 'typeorm';

/** How a column of an existing row takes the new value: replaced, added to, or kept if higher. */
export type Merge = 'set' | 'add' | 'max';

const MAX_PARAMS = 30_000;

export function isMysql(manager: EntityManager): boolean {
  const type = manager.connection.options.type;
  return type === 'mysql' || type === 'mariadb';
}

/**
 * Multi-row upsert for both engines: MySQL's ON DUPLICATE KEY UPDATE, SQLite's ON CONFLICT.
 * `keys` are the primary key's columns (inserted, never updated); `columns` say how each other
 * column merges into an existing row. Rows carry every column. They go out in key order: InnoDB
 * then fills pages one after another (into an empty table, appends) instead of splitting and
 * revisiting pages all over the table.
 */
export async function upsertRows(
  manager: EntityManager,
  table: string,
  keys: string[],
  columns: Record<string, Merge>,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  rows = sortedBy(rows, keys);
  const mysql = isMysql(manager);
  const names = [...keys, ...Object.keys(columns)];
  const q = (n: string) => (mysql ? `\`${n}\`` : `"${n}"`);
  const incoming = (n: string) => (mysql ? `VALUES(${q(n)})` : `excluded.${q(n)}`);
  const sets = Object.entries(columns).map(([n, merge]) => {
    if (merge === 'set') return `${q(n)} = ${incoming(n)}`;
    if (merge === 'add') return `${q(n)} = ${q(n)} + ${incoming(n)}`;
    return `${q(n)} = ${mysql ? 'GREATEST' : 'MAX'}(${q(n)}, ${incoming(n)})`;
  });
  const tail = mysql
    ? ` ON DUPLICATE KEY UPDATE ${sets.join(', ')}`
    : ` ON CONFLICT (${keys.map(q).join(', ')}) DO UPDATE SET ${sets.join(', ')}`;
  const tuple = `(${names.map(() => '?').join(', ')})`;
  const per = Math.max(1, Math.floor(MAX_PARAMS / names.length));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const params: unknown[] = [];
    for (const row of chunk) for (const n of names) params.push(toParam(row[n], mysql));
    const sql = `INSERT INTO ${q(table)} (${names.map(q).join(', ')}) VALUES ${Array(chunk.length).fill(tuple).join(', ')}${tail}`;
    await manager.query(sql, params);
  }
}

/**
 * The rows in the order of the given columns: each row's key is made once (text as is, a
 * non-negative integer zero-padded, columns joined by U+0001, which sorts below any character
 * in a key) and the keys compared as strings, by code unit (the keys are ASCII).
 */
export function sortedBy<T extends Record<string, unknown>>(rows: T[], columns: string[]): T[] {
  const keyed = rows.map((row) => {
    let k = '';
    for (let i = 0; i < columns.length; i++) {
      const v = row[columns[i]];
      if (i > 0) k += '\u0001';
      k += typeof v === 'number' ? String(v).padStart(16, '0') : String(v);
    }
    return { k, row };
  });
  keyed.sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0));
  return keyed.map((x) => x.row);
}

/** Rows whose composite key is one of `keys`, in chunks (row-value IN works on MariaDB and SQLite). */
export async function selectByKeys<T>(
  manager: EntityManager,
  table: string,
  keyColumns: string[],
  keys: unknown[][],
): Promise<T[]> {
  if (keys.length === 0) return [];
  const mysql = isMysql(manager);
  const q = (n: string) => (mysql ? `\`${n}\`` : `"${n}"`);
  const per = Math.max(1, Math.floor(MAX_PARAMS / keyColumns.length));
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += per) {
    const chunk = keys.slice(i, i + per);
    const tuple = keyColumns.length === 1 ? '?' : `(${keyColumns.map(() => '?').join(', ')})`;
    const lhs = keyColumns.length === 1 ? q(keyColumns[0]) : `(${keyColumns.map(q).join(', ')})`;
    const sql = `SELECT * FROM ${q(table)} WHERE ${lhs} IN (${chunk.map(() => tuple).join(', ')})`;
    out.push(
      ...((await manager.query(
        sql,
        chunk.flat().map((v) => toParam(v, mysql)),
      )) as T[]),
    );
  }
  return out;
}

/** A Date as each engine stores `datetime` (SQLite: TypeORM's UTC text form). */
export function dateParam(d: Date, mysql: boolean): Date | string {
  return mysql ? d : d.toISOString().replace('T', ' ').replace('Z', '');
}

/** A `datetime` read by a raw query: a Date from MySQL, UTC text from SQLite. */
export function readDate(v: unknown): Date {
  if (v instanceof Date) return v;
  const s = String(v);
  return new Date(s.includes('T') ? s : `${s.replace(' ', 'T')}Z`);
}

function toParam(v: unknown, mysql: boolean): unknown {
  if (v instanceof Date) return dateParam(v, mysql);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v ?? null;
}
