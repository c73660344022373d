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
 * One multi-row INSERT IGNORE (INSERT OR IGNORE on the embedded engine) of raw events, RETURNING the
 * ids it stored: a row whose id is already stored, or repeated in the statement, is skipped (and
 * not returned). Both engines return only the rows actually inserted.
 */
export async function insertIgnore(manager: EntityManager, rows: RawEvent[]): Promise<Set<string>> {
  const mysql = isMysql(manager);
  const params: unknown[] = [];
  for (const r of rows)
    for (const c of COLUMNS) {
      const v = r[c];
      params.push(v instanceof Date ? dateParam(v, mysql) : typeof v === 'boolean' ? (v ? 1 : 0) : v);
    }
  const tuple = `(${COLUMNS.map(() => '?').join(', ')})`;
  const sql = `INSERT ${mysql ? 'IGNORE' : 'OR IGNORE'} INTO analytics_events (${COLUMNS.join(', ')}) VALUES ${Array(rows.length).fill(tuple).join(', ')} RETURNING id`;
  const stored = (await manager.query(sql, params)) as { id: string }[];
  return new Set(stored.map((r) => String(r.id)));
}
