/** A tiny external store for useSyncExternalStore: the state object is replaced, never mutated. */
export class Store<S extends object> {
  private readonly listeners = new Set<() => void>();
  private current: S;

  constructor(initial: S) {
    this.current = initial;
  }

  get state(): S {
    return this.current;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getSnapshot = (): S => this.current;

  protected set(patch: Partial<S>): void {
    this.current = { ...this.current, ...patch };
    this.listeners.forEach((listener) => listener());
  }
}
