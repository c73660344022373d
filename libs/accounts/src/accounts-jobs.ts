import { defineJobs, job, JobPayloadsOf } from '@livefair/core';

/** A line in a user's inbox. */
export interface NotifyUserPayload {
  userId: string;
  kind: string;
  title: string;
  body: string;
  /** A path of the web app the line leads to (starts with `/`, at most 300 characters). */
  link?: string;
}

/** The accounts context's background work: the notification inbox. */
export const accountsJobs = defineJobs('accounts', {
  queues: { notifications: { concurrency: 4 } },
  jobs: {
    'notify.user': job<NotifyUserPayload>({ queue: 'notifications' }),
  },
});

type AccountsJobs = JobPayloadsOf<typeof accountsJobs>;

declare module '@livefair/core' {
  interface JobPayloads extends AccountsJobs {}
}
