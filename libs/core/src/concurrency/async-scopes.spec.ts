import { AsyncLocalStorage } from 'node:async_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { AsyncScopes } from './async-scopes';

/** Node's own flag (AsyncLocalStorage#enabled, not in its typings): whether the storage's hook runs. */
const enabled = (s: AsyncLocalStorage<unknown>) => (s as unknown as { enabled: boolean }).enabled;

describe('AsyncScopes', () => {
  const a = AsyncScopes.register(new AsyncLocalStorage<string>());
  const b = AsyncScopes.register(new AsyncLocalStorage<string>());

  it('keeps a store across awaits while its scope is open, and disables the storages once none is', async () => {
    const seen = await AsyncScopes.run(a, 'tx-1', async () => {
      await nextTurn();
      const first = a.getStore();
      await nextTurn();
      return [first, a.getStore(), enabled(a as AsyncLocalStorage<unknown>)];
    });
    expect(seen).toEqual(['tx-1', 'tx-1', true]);
    expect(AsyncScopes.openScopes).toBe(0);
    expect(enabled(a as AsyncLocalStorage<unknown>)).toBe(false);
    expect(a.getStore()).toBeUndefined();
  });

  it('disables nothing while another scope is still open, of the same storage or another', async () => {
    let finishLong!: () => void;
    const long = AsyncScopes.run(a, 'long', async () => {
      await new Promise<void>((resolve) => (finishLong = resolve));
      await nextTurn();
      return a.getStore();
    });
    await AsyncScopes.run(b, 'short', async () => {
      await nextTurn();
    });
    await AsyncScopes.run(a, 'short', async () => nextTurn());
    expect(AsyncScopes.openScopes).toBe(1);
    expect(enabled(a as AsyncLocalStorage<unknown>)).toBe(true);
    finishLong();
    expect(await long).toBe('long');
    expect(AsyncScopes.openScopes).toBe(0);
    expect(enabled(b as AsyncLocalStorage<unknown>)).toBe(false);
  });

  it('enables a storage again at its next run (after being disabled)', async () => {
    await AsyncScopes.run(a, 'before', async () => nextTurn());
    expect(enabled(a as AsyncLocalStorage<unknown>)).toBe(false);
    expect(
      await AsyncScopes.run(a, 'again', async () => {
        await nextTurn();
        return a.getStore();
      }),
    ).toBe('again');
  });

  it('counts a scope whose callback throws, or returns no promise, as closed', async () => {
    expect(() =>
      AsyncScopes.run(a, 'x', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(AsyncScopes.run(a, 'y', () => a.getStore())).toBe('y');
    await expect(AsyncScopes.run(a, 'z', async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(AsyncScopes.openScopes).toBe(0);
  });

  it('holds the storages enabled from enter() until its close (an HTTP request), closing once however often called', async () => {
    const close = AsyncScopes.enter();
    const inRequest = a.run('request', async () => {
      await nextTurn();
      await AsyncScopes.run(b, 'tx-in-request', async () => nextTurn());
      await nextTurn();
      return a.getStore();
    });
    expect(await inRequest).toBe('request');
    close();
    close();
    expect(AsyncScopes.openScopes).toBe(0);
    expect(enabled(a as AsyncLocalStorage<unknown>)).toBe(false);
  });
});
