import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Placeholders per statement, under both engines' limits (MySQL 65535, SQLite 32766). */
const MAX_PARAMS = 30_000;

/**
 * Inserts complete rows with one multi-row INSERT per ~30,000 values, through `manager` (pass a
 * transaction's manager, e.g. `tx.manager`, to write in it). For many rows at once (a flash deal's
 * batch of orders): `Repository.insert` processes every entity and then, on MySQL, selects the rows
 * back (`WHERE id = ? OR id = ? ...`) to read their defaults, several times the cost of the INSERT.
 * Every column must be set (null is a value; nothing is left to a database default) and listeners
 * do not run (ids come from the caller). Values are converted as TypeORM would (transformers,
 * simple-json, dates).
 */
export async function insertRows<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  rows: readonly E[],
): Promise<void> {
  await writeRows(manager, target, rows, null);
}

/**
 * Like insertRows, but a row whose primary key (or another unique key) is taken updates that row's
 * `update` columns instead: one multi-row statement per ~30,000 values (MariaDB/MySQL
 * `ON DUPLICATE KEY UPDATE`, SQLite `ON CONFLICT (<primary key>) DO UPDATE`). For writing back many
 * rows read and changed at once (a re-import) in place of one UPDATE per row. Rows are complete,
 * as for insertRows.
 */
export async function upsertRows<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  rows: readonly E[],
  update: readonly (keyof E & string)[],
): Promise<void> {
  if (!update.length) throw new Error('upsertRows: name the columns to update');
  await writeRows(manager, target, rows, update);
}

async function writeRows<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  rows: readonly E[],
  update: readonly string[] | null,
): Promise<void> {
  if (rows.length === 0) return;
  const meta = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = meta.columns.filter((c) => c.isInsert && !c.isVirtual);
  const head = `INSERT INTO ${driver.escape(meta.tablePath)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  let tail = '';
  if (update) {
    const names = update.map((p) => {
      const column = meta.findColumnWithPropertyName(p);
      if (!column) throw new Error(`upsertRows: ${meta.name}.${p} is not a column`);
      return driver.escape(column.databaseName);
    });
    tail =
      manager.connection.options.type === 'sqljs' || manager.connection.options.type === 'sqlite'
        ? ` ON CONFLICT (${meta.primaryColumns.map((c) => driver.escape(c.databaseName)).join(', ')}) DO UPDATE SET ${names.map((n) => `${n} = excluded.${n}`).join(', ')}`
        : ` ON DUPLICATE KEY UPDATE ${names.map((n) => `${n} = VALUES(${n})`).join(', ')}`;
  }
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const params: unknown[] = [];
    for (const row of chunk) {
      for (const c of columns) {
        const value: unknown = c.getEntityValue(row);
        if (value === undefined) throw new Error(`insertRows: ${meta.name}.${c.propertyName} is not set`);
        params.push(driver.preparePersistentValue(value, c));
      }
    }
    await manager.query(head + Array(chunk.length).fill(tuple).join(', ') + tail, params);
  }
}
