import type { AnalyticsEventInput, ClientEventType } from '@livefair/protocol';

import { readToken } from '../auth/session';
import { timeOrderedId } from './time-ordered-id';

const VISITOR_KEY = 'livefair.visitorId';
const ENDPOINT = '/api/analytics/events';
/** Events wait at most this long in the page before they are sent (one request per batch). */
const FLUSH_MS = 5_000;
const MAX_BATCH = 50;
/** While a booth is on screen, one heartbeat this often: dwell and watch time come from them. */
export const HEARTBEAT_MS = 15_000;

const uuid = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
        (Number(c) ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (Number(c) / 4)))).toString(16),
      );

/** The browser's random visitor id (no personal data), kept in localStorage; a fresh one per tab if storage is off. */
let memoryVisitor: string | null = null;
export function visitorId(): string {
  try {
    let id = localStorage.getItem(VISITOR_KEY);
    if (!id) {
      id = uuid();
      localStorage.setItem(VISITOR_KEY, id);
    }
    return id;
  } catch {
    return (memoryVisitor ??= uuid());
  }
}

/**
 * Queues visit events and sends them in batches (docs/analytics.md): every few seconds with fetch
 * (the bearer token, if logged in, lets the server record the user), and with sendBeacon when the
 * page is hidden or closed, so the last heartbeat and the leave are not lost.
 */
class Tracker {
  private queue: AnalyticsEventInput[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private listening = false;
  private readonly hideHooks = new Set<() => void>();
  private readonly startListeners = new Set<() => void>();

  /** Whether this page has recorded anything (the notice shows from then on). */
  get started(): boolean {
    return this.listening;
  }

  onStart(listener: () => void): () => void {
    this.startListeners.add(listener);
    return () => this.startListeners.delete(listener);
  }

  /** Runs `hook` as the page goes away, before the last beacon (a booth page records its leave). */
  onPageHide(hook: () => void): () => void {
    this.hideHooks.add(hook);
    return () => this.hideHooks.delete(hook);
  }

  track(type: ClientEventType, fields: Omit<AnalyticsEventInput, 'id' | 'type' | 'occurredAt'>): void {
    this.listen();
    visitorId();
    this.queue.push({ id: timeOrderedId(), type, occurredAt: new Date().toISOString(), ...fields });
    if (this.queue.length >= MAX_BATCH) void this.flush();
    else if (!this.timer) this.timer = setTimeout(() => void this.flush(), FLUSH_MS);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const events = this.queue.splice(0, MAX_BATCH);
    if (events.length === 0) return;
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    const token = readToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      await fetch(ENDPOINT, {
        method: 'POST',
        headers,
        body: JSON.stringify({ visitorId: visitorId(), events }),
        keepalive: true,
      });
    } catch {
      // Offline: put them back; ids make a later resend safe.
      this.queue.unshift(...events);
    }
    if (this.queue.length) this.timer = setTimeout(() => void this.flush(), FLUSH_MS);
  }

  /** On page hide: whatever waits goes out with sendBeacon (no token: the server records visitor only). */
  beacon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.queue.length) {
      const events = this.queue.splice(0, MAX_BATCH);
      const body = new Blob([JSON.stringify({ visitorId: visitorId(), events })], { type: 'application/json' });
      if (!navigator.sendBeacon?.(ENDPOINT, body)) {
        this.queue.unshift(...events);
        void this.flush();
        return;
      }
    }
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    for (const l of this.startListeners) l();
    window.addEventListener('pagehide', () => {
      for (const hook of this.hideHooks) hook();
      this.beacon();
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.beacon();
    });
  }
}

export const tracker = new Tracker();
