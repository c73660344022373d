import { defineJobs, job, JobPayloadsOf } from '@livefair/core';

/** Tell the followers of a booth that one of its sessions went live. */
export interface NotifyFollowersPayload {
  sessionId: string;
  boothId: string;
}

/** The expo context's background work: go-live notices to a booth's followers. */
export const favouritesJobs = defineJobs('expo', {
  queues: { 'booth-follows': { concurrency: 2 } },
  jobs: {
    'expo.notify-followers': job<NotifyFollowersPayload>({ queue: 'booth-follows', attempts: 5, backoffMs: 500 }),
  },
});

type FavouritesJobs = JobPayloadsOf<typeof favouritesJobs>;

declare module '@livefair/core' {
  interface JobPayloads extends FavouritesJobs {}
}
