import { defineJobs, job, JobPayloadsOf } from '@livefair/core';

/** Every minute: quotes past validUntil and RFQs past their deadline get their stored status (views read the clock already). */
export const quoteJobs = defineJobs('orders', {
  queues: { quotes: { concurrency: 1 } },
  jobs: {
    'orders.expire-quotes': job<Record<string, never>>({ queue: 'quotes', repeat: { everyMs: 60_000, payload: {} } }),
  },
});

type QuoteJobs = JobPayloadsOf<typeof quoteJobs>;

declare module '@livefair/core' {
  interface JobPayloads extends QuoteJobs {}
}
