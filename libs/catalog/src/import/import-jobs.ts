import { defineJobs, job, JobPayloadsOf } from '@livefair/core';

export interface RunImportPayload {
  importId: string;
}

/**
 * Import runs have a queue of their own, one at a time per process: a 50,000-row file never
 * delays expiry or notification jobs, and two runs never compete for the same database.
 * One attempt: a run that failed says why on the import; the exhibitor starts it again.
 */
export const catalogImportJobs = defineJobs('catalog', {
  queues: { 'catalog-imports': { concurrency: 1 } },
  jobs: {
    'catalog.import.run': job<RunImportPayload>({ queue: 'catalog-imports', attempts: 1 }),
  },
});

type CatalogImportJobs = JobPayloadsOf<typeof catalogImportJobs>;

declare module '@livefair/core' {
  interface JobPayloads extends CatalogImportJobs {}
}
