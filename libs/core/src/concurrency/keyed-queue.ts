/**
 * Runs tasks with the same key one after another (in this process); different keys run freely.
 * One socket's joins and leaves (a join still waiting on the database must not finish after the
 * disconnect's leave), one booth's session creations, one enterprise's product creations (a burst
 * must not pass a cap together), one buyer's order placements (a duplicate finds its first request's order).
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
