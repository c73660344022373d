import { escape } from 'mysql2';
import type { EntityManager } from 'typeorm';
import { RawEvent } from '../entities/raw-event.entity';
import { dateParam, isMysql } from '../rollup/sql-upsert';

const COLUMNS = [
  'id',
  'type',
  'visitorId',
  'userId',
  'expoId',
  'hallId',
  'boothId',
  'enterpriseId',
  'visitId',
  'refId',
  'watching',
  'valueFen',
  'occurredAt',
  'receivedAt',
] as const;

/**
 * One multi-row INSERT IGNORE (INSERT OR IGNORE on the embedded engine) of raw events: a row whose
 * id is already stored, or repeated in the statement, is skipped. With `returning` (MariaDB 10.5+,
 * the embedded engine) the statement answers the ids it stored (both engines return only the rows
 * actually inserted); without (MySQL) it answers how many it stored.
 */
export async function insertIgnore(manager: EntityManager, rows: RawEvent[], returning: true): Promise<Set<string>>;
export async function insertIgnore(manager: EntityManager, rows: RawEvent[], returning: false): Promise<number>;
export async function insertIgnore(manager: EntityManager, rows: RawEvent[], returning: boolean): Promise<Set<string> | number> {
  const mysql = isMysql(manager);
  const head = `INSERT ${mysql ? 'IGNORE' : 'OR IGNORE'} INTO analytics_events (${COLUMNS.join(', ')}) VALUES `;
  let sql: string;
  let params: unknown[] | undefined;
  if (mysql) {
    // Written out as literals: the driver would otherwise scan the statement for its ~7,000
    // placeholders and escape each value (ids are UUIDs, types are names: they need no escaping).
    const tuples: string[] = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      let t = '(';
      for (let j = 0; j < COLUMNS.length; j++) t += (j ? ', ' : '') + mysqlLiteral(rows[i][COLUMNS[j]]);
      tuples[i] = t + ')';
    }
    sql = head + tuples.join(', ');
  } else {
    params = [];
    for (const r of rows)
      for (const c of COLUMNS) {
        const v = r[c];
        params.push(v instanceof Date ? dateParam(v, false) : typeof v === 'boolean' ? (v ? 1 : 0) : v);
      }
    const tuple = `(${COLUMNS.map(() => '?').join(', ')})`;
    sql = head + Array(rows.length).fill(tuple).join(', ');
  }
  if (returning) {
    const stored = (await manager.query(`${sql} RETURNING id`, params)) as { id: string }[];
    return new Set(stored.map((r) => String(r.id)));
  }
  const res = (await manager.query(sql, params)) as { affectedRows?: number };
  return Number(res.affectedRows ?? 0);
}

/** Text that needs no escaping inside single quotes (UUIDs, event type names). */
const PLAIN_TEXT = /^[0-9A-Za-z._:-]*$/;

/**
 * A value as a MySQL/MariaDB literal: NULL, integers, booleans as 0/1, dates as UTC
 * 'YYYY-MM-DD HH:MM:SS.mmm' (the connection's time zone is UTC), text quoted (escaped by the
 * driver unless it is plain). Anything else is a programming error, refused.
 */
export function mysqlLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new TypeError(`not an integer: ${v}`);
    return String(v);
  }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new TypeError('invalid date');
    return `'${v.toISOString().slice(0, 23).replace('T', ' ')}'`;
  }
  if (typeof v === 'string') return PLAIN_TEXT.test(v) ? `'${v}'` : escape(v);
  throw new TypeError(`no SQL literal for ${typeof v}`);
}

/** Whether the server takes INSERT ... RETURNING: MariaDB from 10.5 (MySQL does not), from `SELECT VERSION()`. */
export function takesReturning(version: string): boolean {
  const m = /^(\d+)\.(\d+)\.\d+-MariaDB/i.exec(version);
  return !!m && (Number(m[1]) > 10 || (Number(m[1]) === 10 && Number(m[2]) >= 5));
}
