import { defineJobs, job, JobPayloadsOf } from '@livefair/core';

export interface RefreshSupplierPayload {
  enterpriseId: string;
}

/**
 * Supplier profiles are re-derived on their own queue (slow work never waits in front of other
 * contexts' jobs). The job id `refresh:<enterpriseId>:<second>` folds a burst of changes into one run.
 */
export const matchingJobs = defineJobs('matching', {
  queues: { 'matching-refresh': { concurrency: 2 } },
  jobs: {
    'matching.refresh-supplier': job<RefreshSupplierPayload>({ queue: 'matching-refresh', attempts: 5, backoffMs: 500 }),
  },
});

type MatchingJobs = JobPayloadsOf<typeof matchingJobs>;

declare module '@livefair/core' {
  interface JobPayloads extends MatchingJobs {}
}
