/**
 * At most one send per key every `intervalMs`, always of the latest value: a value offered while
 * the key is quiet goes out at once, later ones wait and only the last of them is sent when the
 * interval is up. `urgent(last sent, next)` lets a value jump the wait (sold out, stock back).
 */
export class KeyedThrottle<T> {
  private readonly slots = new Map<string, { sentAt: number; last: T | null; waiting: T | null; timer: NodeJS.Timeout | null }>();

  constructor(
    private readonly intervalMs: number,
    private readonly send: (key: string, value: T) => void,
    private readonly urgent: (last: T | null, next: T) => boolean = () => false,
    private readonly now: () => number = Date.now,
  ) {}

  offer(key: string, value: T): void {
    let slot = this.slots.get(key);
    if (!slot) this.slots.set(key, (slot = { sentAt: -Infinity, last: null, waiting: null, timer: null }));
    const due = slot.sentAt + this.intervalMs - this.now();
    if (due <= 0 || this.urgent(slot.last, value)) return this.fire(key, slot, value);
    slot.waiting = value;
    if (!slot.timer) {
      slot.timer = setTimeout(() => {
        const s = this.slots.get(key);
        if (!s) return;
        s.timer = null;
        if (s.waiting !== null) this.fire(key, s, s.waiting);
      }, due);
      slot.timer.unref?.();
    }
  }

  /** Forgets a key (its waiting value is dropped). */
  drop(key: string): void {
    const slot = this.slots.get(key);
    if (slot?.timer) clearTimeout(slot.timer);
    this.slots.delete(key);
  }

  close(): void {
    for (const key of [...this.slots.keys()]) this.drop(key);
  }

  private fire(
    key: string,
    slot: { sentAt: number; last: T | null; waiting: T | null; timer: NodeJS.Timeout | null },
    value: T,
  ): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.waiting = null;
    slot.sentAt = this.now();
    slot.last = value;
    this.send(key, value);
  }
}
