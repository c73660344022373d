/**
 * Runs tasks with the same key one after another (in this process); different keys run freely.
 * One buyer's order placements (a burst must not pass the open-order cap together, and a
 * duplicate finds its first request's order). (libs/live keeps its own copy for now.)
 */
export class KeyedQueue<K> {
  private readonly tails = new Map<K, Promise<unknown>>();

  run<T>(key: K, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const result = before.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
