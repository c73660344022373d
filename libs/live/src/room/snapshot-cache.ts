/**
 * Per-key values that many requests read at once (a room's entry state during a join burst):
 * one load at a time per key, shared by everyone who asks meanwhile, kept for `ttlMs`.
 * `forget` drops a value after a local change; a load that started before the change is not
 * stored, so nobody is served what was true before it. Other processes' changes show after `ttlMs`.
 */
const SWEEP_AT = 256;

export class SnapshotCache<V> {
  private readonly values = new Map<string, { value: V; at: number }>();
  private readonly loading = new Map<string, Promise<V>>();
  private readonly generation = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly load: (key: string) => Promise<V>,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): Promise<V> {
    const hit = this.values.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return Promise.resolve(hit.value);
    const pending = this.loading.get(key);
    if (pending) return pending;
    const gen = this.generation.get(key) ?? 0;
    const started = this.now();
    const promise = this.load(key)
      .then((value) => {
        if ((this.generation.get(key) ?? 0) === gen) this.store(key, value, started);
        return value;
      })
      .finally(() => {
        if (this.loading.get(key) === promise) this.loading.delete(key);
      });
    this.loading.set(key, promise);
    return promise;
  }

  forget(key: string): void {
    this.values.delete(key);
    if (this.loading.delete(key)) this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
  }

  private store(key: string, value: V, at: number): void {
    if (this.values.size >= SWEEP_AT) {
      for (const [k, v] of this.values) if (this.now() - v.at >= this.ttlMs) this.values.delete(k);
    }
    this.values.set(key, { value, at });
  }
}
