import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { AsyncScopes } from '../concurrency/async-scopes';

type AfterCommit = () => Promise<void> | void;

export interface RunOptions {
  /**
   * The isolation level of a transaction this call opens (MySQL; ignored when joining one, and on
   * the embedded engine). READ COMMITTED lets a transaction that waited for a row lock read what
   * the lock's previous holders committed (REPEATABLE READ keeps the snapshot of its first read).
   */
  isolation?: 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';
  /**
   * Called right after COMMIT, before the work registered with `afterCommit` (other contexts'
   * subscribers) runs: a caller that answers a waiting client once its rows are durable (a flash
   * deal's buyers) need not wait for them. Not called when joining an outer transaction, nor on
   * rollback. Must not throw.
   */
  committed?: () => void;
}

interface TransactionScope {
  manager: EntityManager;
  afterCommit: AfterCommit[];
}

/**
 * The one way services write in a transaction (after Vendure's TransactionalConnection,
 * with the transaction carried by AsyncLocalStorage instead of a request context):
 *
 *   await this.tx.run(async () => {
 *     const users = this.tx.getRepository(User);   // bound to the transaction
 *     await this.enterprises.create(...);          // another service's tx.run() joins it
 *     this.events.publish('live.session-status-changed', {...});  // delivered after COMMIT
 *   });
 *
 * `run` opens a transaction, or joins the one the current call chain is already in (no
 * savepoint: a failure anywhere rolls the whole of it back). Inside it, use
 * `getRepository`: a repository injected with `@InjectRepository` is NOT part of the
 * transaction (on MariaDB it uses another pooled connection and can wait on the
 * transaction's own row locks).
 *
 * Both engines: on MariaDB a pooled connection per transaction; on the embedded engine
 * TypeORM's sqljs driver has one connection, and transactions go through
 * `dataSource.transaction` so the embedded engine's connection handling takes them in turn.
 */
@Injectable()
export class TransactionalConnection {
  private readonly logger = new Logger('Transaction');
  /** Switched off between transactions (AsyncScopes: an enabled storage costs every promise of the process). */
  private readonly scopes = AsyncScopes.register(new AsyncLocalStorage<TransactionScope>());

  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  /**
   * Runs `work` in a transaction (the current one if any). The outermost `run` resolves
   * after COMMIT and after the work registered with `afterCommit` has run (its failures
   * are logged, never thrown: the transaction has committed). Nothing registered runs if
   * the transaction rolls back.
   */
  async run<T>(work: (manager: EntityManager) => Promise<T>, options: RunOptions = {}): Promise<T> {
    const current = this.scopes.getStore();
    if (current) return work(current.manager);
    const afterCommit: AfterCommit[] = [];
    const inScope = (manager: EntityManager) => AsyncScopes.run(this.scopes, { manager, afterCommit }, () => work(manager));
    // The embedded engine has one connection and runs its transactions one after another: no levels to choose.
    const isolation = this.dataSource.options.type === 'sqljs' ? undefined : options.isolation;
    const result = await (isolation ? this.dataSource.transaction(isolation, inScope) : this.dataSource.transaction(inScope));
    options.committed?.();
    await this.settle(afterCommit);
    return result;
  }

  get inTransaction(): boolean {
    return this.scopes.getStore() !== undefined;
  }

  /** The current transaction's manager, or the data source's outside one. */
  get manager(): EntityManager {
    return this.scopes.getStore()?.manager ?? this.dataSource.manager;
  }

  /** A repository bound to the current transaction when there is one. */
  getRepository<E extends ObjectLiteral>(target: EntityTarget<E>): Repository<E> {
    return this.manager.getRepository(target);
  }

  /**
   * Runs `hook` once the current transaction has committed, never if it rolls back.
   * Outside a transaction: after the current call, asynchronously.
   */
  afterCommit(hook: AfterCommit): void {
    const scope = this.scopes.getStore();
    if (scope) scope.afterCommit.push(hook);
    else setImmediate(() => void this.settle([hook]));
  }

  /** Runs in the caller's context, outside the committed transaction: a hook's own `run` opens a new one. */
  private async settle(hooks: AfterCommit[]): Promise<void> {
    for (const hook of hooks) {
      try {
        await hook();
      } catch (err) {
        this.logger.error({ err }, 'work after a commit failed');
      }
    }
  }
}
