import { defineJobs, job, JobPayloadsOf } from '@livefair/core';

/** A scheduled session to end if it still has not started by its expiry. */
export interface ExpireSessionPayload {
  sessionId: string;
}

/** How often every scheduled session is checked for expiry (catches delayed jobs lost in an embedded restart). */
export const EXPIRY_SWEEP_EVERY_MS = 10 * 60_000;

/** The live context's background work: scheduled sessions that never started expire. */
export const liveJobs = defineJobs('live', {
  queues: { 'live-sessions': { concurrency: 2 } },
  jobs: {
    'live.session.expire': job<ExpireSessionPayload>({ queue: 'live-sessions' }),
    /** A meeting room's time is up (delayed to its closesAt; the sweep catches a lost one). */
    'live.meeting.close': job<ExpireSessionPayload>({ queue: 'live-sessions' }),
    'live.sessions.sweep': job<Record<string, never>>({
      queue: 'live-sessions',
      repeat: { everyMs: EXPIRY_SWEEP_EVERY_MS, payload: {} },
    }),
  },
});

type LiveJobs = JobPayloadsOf<typeof liveJobs>;

declare module '@livefair/core' {
  interface JobPayloads extends LiveJobs {}
}
