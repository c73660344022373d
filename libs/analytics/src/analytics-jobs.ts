import { defineJobs, job, JobPayloadsOf } from '@livefair/core';

/** How often every deployment folds new events into the roll-ups (ingest also asks for a run). */
export const ROLLUP_EVERY_MS = 1_000;

export const analyticsJobs = defineJobs('analytics', {
  queues: { 'analytics-rollups': { concurrency: 1 } },
  jobs: {
    'analytics.rollup': job<Record<string, never>>({
      queue: 'analytics-rollups',
      attempts: 3,
      backoffMs: 500,
      repeat: { everyMs: ROLLUP_EVERY_MS, payload: {} },
    }),
    'analytics.rebuild': job<Record<string, never>>({ queue: 'analytics-rollups', attempts: 1 }),
  },
});

type AnalyticsJobs = JobPayloadsOf<typeof analyticsJobs>;

declare module '@livefair/core' {
  interface JobPayloads extends AnalyticsJobs {}
}
