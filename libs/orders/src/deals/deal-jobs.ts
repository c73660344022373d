import { defineJobs, job, JobPayloadsOf } from '@livefair/core';

/** How often the worker sweeps flash deals (each process also sweeps on its own timer: see DealSweeper). */
export const DEAL_SWEEP_EVERY_MS = 10_000;

/** Flash deals' background work: one sweep (deals past their end, unpaid orders past payBy, Redis vs MySQL). */
export const dealJobs = defineJobs('orders', {
  queues: { 'orders-deals': { concurrency: 1 } },
  jobs: {
    'orders.deals.sweep': job<Record<string, never>>({
      queue: 'orders-deals',
      attempts: 1,
      repeat: { everyMs: DEAL_SWEEP_EVERY_MS, payload: {} },
    }),
  },
});

type DealJobs = JobPayloadsOf<typeof dealJobs>;

declare module '@livefair/core' {
  interface JobPayloads extends DealJobs {}
}
