import { SnapshotCache } from './snapshot-cache';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('SnapshotCache', () => {
  it('loads once for everyone asking at the same time, then serves the value until the TTL passes', async () => {
    let now = 0;
    const loads: string[] = [];
    const cache = new SnapshotCache<string>(
      1000,
      async (k) => (loads.push(k), `${k}@${now}`),
      () => now,
    );
    const values = await Promise.all([cache.get('a'), cache.get('a'), cache.get('a'), cache.get('b')]);
    expect(values).toEqual(['a@0', 'a@0', 'a@0', 'b@0']);
    expect(loads).toEqual(['a', 'b']);
    now = 999;
    expect(await cache.get('a')).toBe('a@0');
    now = 1000;
    expect(await cache.get('a')).toBe('a@1000');
    expect(loads).toEqual(['a', 'b', 'a']);
  });

  it('reloads after forget, and does not keep a load that began before the change', async () => {
    const first = deferred<string>();
    const results = [first.promise, Promise.resolve('after')];
    const cache = new SnapshotCache<string>(60_000, () => results.shift()!);
    const early = cache.get('k');
    cache.forget('k');
    const late = cache.get('k');
    first.resolve('before');
    expect(await early).toBe('before');
    expect(await late).toBe('after');
    expect(await cache.get('k')).toBe('after');
  });

  it('does not keep a failed load', async () => {
    let fail = true;
    const cache = new SnapshotCache<string>(60_000, async () => {
      if (fail) throw new Error('db down');
      return 'ok';
    });
    await expect(cache.get('k')).rejects.toThrow('db down');
    fail = false;
    expect(await cache.get('k')).toBe('ok');
  });
});
