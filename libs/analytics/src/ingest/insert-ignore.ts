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
  const params: unknown[] = [];
  for (const r of rows)
    for (const c of COLUMNS) {
      const v = r[c];
      params.push(v instanceof Date ? dateParam(v, mysql) : typeof v === 'boolean' ? (v ? 1 : 0) : v);
    }
  const tuple = `(${COLUMNS.map(() => '?').join(', ')})`;
  const sql = `INSERT ${mysql ? 'IGNORE' : 'OR IGNORE'} INTO analytics_events (${COLUMNS.join(', ')}) VALUES ${Array(rows.length).fill(tuple).join(', ')}`;
  if (returning) {
    const stored = (await manager.query(`${sql} RETURNING id`, params)) as { id: string }[];
    return new Set(stored.map((r) => String(r.id)));
  }
  const res = (await manager.query(sql, params)) as { affectedRows?: number };
  return Number(res.affectedRows ?? 0);
}

/** Whether the server takes INSERT ... RETURNING: MariaDB from 10.5 (MySQL does not), from `SELECT VERSION()`. */
export function takesReturning(version: string): boolean {
  const m = /^(\d+)\.(\d+)\.\d+-MariaDB/i.exec(version);
  return !!m && (Number(m[1]) > 10 || (Number(m[1]) === 10 && Number(m[2]) >= 5));
}
