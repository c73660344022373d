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
 * id is already stored, or repeated in the batch, is skipped. Answers how many rows were stored.
 */
export async function insertIgnore(manager: EntityManager, rows: RawEvent[]): Promise<number> {
  const mysql = isMysql(manager);
  const params: unknown[] = [];
  for (const r of rows)
    for (const c of COLUMNS) {
      const v = r[c];
      params.push(v instanceof Date ? dateParam(v, mysql) : typeof v === 'boolean' ? (v ? 1 : 0) : v);
    }
  const tuple = `(${COLUMNS.map(() => '?').join(', ')})`;
  const sql = `INSERT ${mysql ? 'IGNORE' : 'OR IGNORE'} INTO analytics_events (${COLUMNS.join(', ')}) VALUES ${Array(rows.length).fill(tuple).join(', ')}`;
  if (mysql) {
    const res = (await manager.query(sql, params)) as { affectedRows?: number };
    return Number(res.affectedRows ?? 0);
  }
  const [before] = (await manager.query('SELECT total_changes() AS n')) as { n: number }[];
  await manager.query(sql, params);
  const [after] = (await manager.query('SELECT total_changes() AS n')) as { n: number }[];
  return Number(after.n) - Number(before.n);
}
