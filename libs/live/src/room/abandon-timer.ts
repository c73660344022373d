/** One pending timeout per session: started when a room loses its last producer, cancelled when media returns. */
export class AbandonTimer {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly afterMs: number,
    private readonly onExpire: (sessionId: string) => Promise<void>,
  ) {}

  start(sessionId: string): void {
    this.cancel(sessionId);
    const timer = setTimeout(() => {
      this.timers.delete(sessionId);
      this.onExpire(sessionId).catch(() => undefined);
    }, this.afterMs);
    timer.unref();
    this.timers.set(sessionId, timer);
  }

  cancel(sessionId: string): void {
    const t = this.timers.get(sessionId);
    if (t) clearTimeout(t);
    this.timers.delete(sessionId);
  }
}
