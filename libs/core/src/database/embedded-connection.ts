import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, DataSourceOptions, EntityManager } from 'typeorm';
import { SqljsDriver } from 'typeorm/driver/sqljs/SqljsDriver';
import { SqljsQueryRunner } from 'typeorm/driver/sqljs/SqljsQueryRunner';
import type { QueryResult } from 'typeorm/query-runner/QueryResult';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { AsyncScopes } from '../concurrency/async-scopes';

/**
 * The embedded engine (sql.js) is one in-memory connection for the whole process, and
 * TypeORM's sqljs driver hands every caller the same query runner: two requests'
 * transactions then run inside each other (the second becomes a savepoint of the first),
 * so one request's rollback can undo another's committed rows, and a plain write issued
 * meanwhile joins whichever transaction is open. Here every caller gets its own runner,
 * and the runners take turns on the connection: a transaction holds it from BEGIN to
 * COMMIT/ROLLBACK, a statement outside a transaction holds it for that statement.
 */
export class ConnectionLock {
  private tail: Promise<void> = Promise.resolve();
  /** The runner whose transaction (or statement) has the connection now. */
  holder: object | null = null;

  /** Waits for the connection (first come, first served); returns the function that gives it back. */
  async acquire(owner: object): Promise<() => void> {
    let done!: () => void;
    const previous = this.tail;
    this.tail = new Promise<void>((resolve) => (done = resolve));
    await previous;
    this.holder = owner;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holder = null;
      done();
    };
  }

  /** Runs `work` while holding the connection, e.g. to export a consistent copy between transactions. */
  async run<T>(work: () => T | Promise<T>): Promise<T> {
    const release = await this.acquire(work);
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/**
 * Which runner's transaction the current async call chain is inside (set by
 * `dataSource.transaction`). Code in a transaction callback that uses a repository
 * other than the callback's manager would otherwise wait for a connection its own
 * transaction holds, forever; it joins that transaction instead, as it did before.
 */
interface TransactionScope {
  runner: SerializedSqljsQueryRunner | null;
}

/** Told after each committed write (or statement outside a transaction that wrote). */
export type WriteListener = () => Promise<void> | void;

export class SerializedSqljsQueryRunner extends SqljsQueryRunner {
  private releaseConnection: (() => void) | null = null;
  /** A statement that changed the database ran since the last commit (see changedData). */
  private wrote = false;

  constructor(
    driver: SqljsDriver,
    private readonly lock: ConnectionLock,
    private readonly scopes: AsyncLocalStorage<TransactionScope>,
    private readonly onWrite: WriteListener,
  ) {
    super(driver);
  }

  override async startTransaction(isolationLevel?: IsolationLevel): Promise<void> {
    const owner = this.transactionOwner();
    if (owner) return owner.startTransaction(isolationLevel);
    const outermost = this.releaseConnection === null;
    if (outermost) {
      this.releaseConnection = await this.lock.acquire(this);
      const scope = this.scopes.getStore();
      if (scope && scope.runner === null) scope.runner = this;
    }
    try {
      await super.startTransaction(isolationLevel);
    } catch (err) {
      if (outermost) {
        this.isTransactionActive = false;
        this.transactionDepth = 0;
        this.giveBack();
      }
      throw err;
    }
  }

  override async commitTransaction(): Promise<void> {
    const owner = this.transactionOwner();
    if (owner) return owner.commitTransaction();
    await super.commitTransaction();
    if (!this.isTransactionActive) await this.endTransaction(true);
  }

  override async rollbackTransaction(): Promise<void> {
    const owner = this.transactionOwner();
    if (owner) return owner.rollbackTransaction();
    const outermost = this.transactionDepth <= 1;
    try {
      await super.rollbackTransaction();
    } finally {
      // A failed ROLLBACK at the outermost level (SQLite may have ended the transaction
      // itself) must still give the connection back, or every later caller would wait.
      if (outermost) {
        this.isTransactionActive = false;
        this.transactionDepth = 0;
        await this.endTransaction(false);
      }
    }
  }

  override async query(
    sql: string,
    parameters?: unknown[],
    useStructuredResult?: boolean,
  ): ReturnType<SqljsQueryRunner['query']> {
    const owner = this.transactionOwner();
    if (owner) return owner.query(sql, parameters, useStructuredResult);
    const kind = statementKind(sql);
    if (this.releaseConnection) {
      const result = (await super.query(sql, parameters, true)) as QueryResult;
      if (changedData(kind, result)) this.wrote = true;
      return useStructuredResult ? result : result.raw;
    }
    const release = await this.lock.acquire(this);
    let result: QueryResult;
    try {
      result = (await super.query(sql, parameters, true)) as QueryResult;
    } finally {
      release();
    }
    if (changedData(kind, result)) await this.onWrite();
    return useStructuredResult ? result : result.raw;
  }

  /** A runner released with its transaction still open (a caller's bug) rolls it back rather than keep the connection. */
  override async release(): Promise<void> {
    if (this.releaseConnection && this.isTransactionActive) {
      this.transactionDepth = 1;
      await this.rollbackTransaction().catch(() => undefined);
    }
    return super.release();
  }

  private async endTransaction(committed: boolean): Promise<void> {
    const wrote = this.wrote;
    this.wrote = false;
    this.giveBack();
    if (committed && wrote) await this.onWrite();
  }

  private giveBack(): void {
    const release = this.releaseConnection;
    this.releaseConnection = null;
    release?.();
  }

  /** The runner to join instead of waiting: the transaction this call chain is already inside. */
  private transactionOwner(): SerializedSqljsQueryRunner | null {
    const runner = this.scopes.getStore()?.runner;
    return runner && runner !== this && runner.releaseConnection !== null ? runner : null;
  }
}

/**
 * What a statement may do to the database file: `read` never changes it (queries and transaction
 * control: BEGIN, COMMIT, SAVEPOINT...), `rows` changes it when it changed rows (INSERT, UPDATE,
 * DELETE, REPLACE: sqlite counts them), `other` may (schema changes, PRAGMA, anything else).
 */
type StatementKind = 'read' | 'rows' | 'other';
const READ_COMMANDS = new Set(['SELECT', 'BEGIN', 'COMMIT', 'END', 'ROLLBACK', 'SAVEPOINT', 'RELEASE', 'EXPLAIN']);
const ROW_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'REPLACE']);

export function statementKind(sql: string): StatementKind {
  const command = (/^\s*([A-Za-z]+)/.exec(sql)?.[1] ?? '').toUpperCase();
  return READ_COMMANDS.has(command) ? 'read' : ROW_COMMANDS.has(command) ? 'rows' : 'other';
}

/**
 * Whether the file needs saving after this statement. A transaction's BEGIN and COMMIT, a
 * read-only transaction, an `INSERT OR IGNORE` that was ignored or an UPDATE whose WHERE matched
 * nothing leave it as it was: they used to count as writes, and a timer's read-only transaction
 * cost a full export and fsync of the database every time it ran.
 */
function changedData(kind: StatementKind, result: QueryResult): boolean {
  if (kind === 'read') return false;
  // sqlite3_changes() of this statement (typeorm reads it right after stepping it).
  return kind === 'other' || result.affected === undefined || result.affected > 0;
}

/**
 * An embedded-engine DataSource whose callers take turns on the one connection. `onWrite`
 * runs after each write is committed (the saver schedules a save of the file).
 */
export function serializedSqljsDataSource(options: DataSourceOptions, lock: ConnectionLock, onWrite: WriteListener): DataSource {
  if (options.type !== 'sqljs') throw new Error('serializedSqljsDataSource is for the embedded (sqljs) engine');
  const dataSource = new DataSource(options);
  const driver = dataSource.driver as SqljsDriver;
  const scopes = AsyncScopes.register(new AsyncLocalStorage<TransactionScope>());
  driver.createQueryRunner = () => new SerializedSqljsQueryRunner(driver, lock, scopes, onWrite);
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = ((...args: unknown[]) => {
    const scope = scopes.getStore();
    const inside = scope?.runner && lock.holder === scope.runner;
    return inside ? transaction(...args) : AsyncScopes.run(scopes, { runner: null }, () => transaction(...args));
  }) as EntityManager['transaction'];
  return dataSource;
}
