import { JobQueue } from '@livefair/core';
import { LiveSession } from '../entities/live-session.entity';

/** Delays longer than this are re-checked then (timers and queues cope badly with months). */
const MAX_DELAY_MS = 7 * 24 * 3600_000;

/** When a scheduled session that never started ends by itself, epoch ms. */
export function expiresAt(s: Pick<LiveSession, 'scheduledAt' | 'createdAt'>, expiryMs: number): number {
  return (s.scheduledAt ?? s.createdAt).getTime() + expiryMs;
}

/** Enqueues the expiry check of a scheduled session (at its expiry, or in MAX_DELAY_MS to look again). */
export async function scheduleExpiry(
  jobs: JobQueue,
  s: Pick<LiveSession, 'id' | 'scheduledAt' | 'createdAt'>,
  expiryMs: number,
): Promise<void> {
  const due = expiresAt(s, expiryMs);
  const delayMs = Math.min(MAX_DELAY_MS, Math.max(0, due - Date.now()));
  await jobs.enqueue(
    'live.session.expire',
    { sessionId: s.id },
    { jobId: `live-expire:${s.id}:${Date.now() + delayMs}`, delayMs },
  );
}
