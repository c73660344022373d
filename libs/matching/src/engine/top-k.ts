/**
 * The k best items under `better` (a strict order), kept in a bounded heap whose root is the
 * worst kept: offering n items costs O(n log k) and holds k of them at most.
 */
export class TopK<T> {
  private readonly heap: T[] = [];

  constructor(
    private readonly k: number,
    private readonly better: (a: T, b: T) => boolean,
  ) {}

  offer(item: T): void {
    const h = this.heap;
    if (this.k <= 0) return;
    if (h.length < this.k) {
      h.push(item);
      let i = h.length - 1;
      while (i > 0) {
        const up = (i - 1) >> 1;
        if (!this.better(h[up], h[i])) break;
        [h[up], h[i]] = [h[i], h[up]];
        i = up;
      }
    } else if (this.better(item, h[0])) {
      h[0] = item;
      this.down(0);
    }
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => (this.better(a, b) ? -1 : this.better(b, a) ? 1 : 0));
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && this.better(h[worst], h[l])) worst = l;
      if (r < h.length && this.better(h[worst], h[r])) worst = r;
      if (worst === i) return;
      [h[worst], h[i]] = [h[i], h[worst]];
      i = worst;
    }
  }
}
