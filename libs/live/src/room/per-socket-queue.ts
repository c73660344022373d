/**
 * Runs one socket's room changes (join, leave, the leave on disconnect) one after another, so a
 * join still waiting on the database cannot finish after the disconnect's leave and leave a peer
 * behind, and two joins at once cannot put one socket in two rooms.
 */
export class PerSocketQueue<K extends object> {
  private readonly tails = new WeakMap<K, Promise<unknown>>();

  run<T>(key: K, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const result = before.then(task, task);
    this.tails.set(
      key,
      result.catch(() => undefined),
    );
    return result;
  }
}
