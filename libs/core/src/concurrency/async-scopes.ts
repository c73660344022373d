import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The process's AsyncLocalStorage instances, switched off while none of their scopes is open.
 *
 * On Node 20 an enabled AsyncLocalStorage puts an init hook on every async resource of the
 * process, every promise included (~125 ns more per promise, measured: 3.4x the cost of a bare
 * `await`), and a storage stays enabled from its first `run` for good. The storages here carry a
 * transaction (TransactionalConnection, the embedded engine's runners) or an HTTP request's logger
 * (nestjs-pino); socket events, mediasoup calls and timers use none, yet paid for them all the
 * time once the first request or transaction had run. A scope is open from `run` until its
 * callback settles, or from `enter` until the returned function is called; when the last one
 * closes, every registered storage is disabled, and the next `run` of any of them enables it
 * again (AsyncLocalStorage does that itself).
 *
 * A callback that left work behind (a timer, a promise nobody awaits) sees no store in that work
 * once every scope has closed; such work runs after its transaction committed or its response
 * was sent, where a store would only name something finished.
 */
export class AsyncScopes {
  private static readonly storages = new Set<AsyncLocalStorage<unknown>>();
  private static open = 0;

  /** A storage whose `run` scopes go through `AsyncScopes.run` (or are covered by `enter`). */
  static register<T>(storage: AsyncLocalStorage<T>): AsyncLocalStorage<T> {
    this.storages.add(storage as AsyncLocalStorage<unknown>);
    return storage;
  }

  /** Opens a scope that a storage's `run` elsewhere relies on (an HTTP request's); call the result once it is over. */
  static enter(): () => void {
    this.open++;
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      if (--this.open === 0) for (const s of this.storages) s.disable();
    };
  }

  /** `storage.run(store, fn)`, counted as an open scope until what `fn` returns has settled. */
  static run<S, R>(storage: AsyncLocalStorage<S>, store: S, fn: () => R): R {
    const close = this.enter();
    let result: R;
    try {
      result = storage.run(store, fn);
    } catch (err) {
      close();
      throw err;
    }
    if (result instanceof Promise) result.then(close, close);
    else close();
    return result;
  }

  /** Scopes open now (for tests). */
  static get openScopes(): number {
    return this.open;
  }
}
