import { defineJobs, job, JobPayloadsOf } from '@livefair/core';

export interface RunImportPayload {
  importId: string;
}

/** How often the cleanup removes uploads past IMPORT_RETENTION_HOURS. */
export const IMPORT_CLEANUP_EVERY_MS = 3_600_000;

/**
 * Import runs have a queue of their own, one at a time per process: a 50,000-row file never
 * delays expiry or notification jobs, and two runs never compete for the same database.
 * One attempt: a run that failed says why on the import; the exhibitor starts it again.
 */
export const catalogImportJobs = defineJobs('catalog', {
  queues: { 'catalog-imports': { concurrency: 1 }, 'catalog-import-cleanup': { concurrency: 1 } },
  jobs: {
    'catalog.import.run': job<RunImportPayload>({ queue: 'catalog-imports', attempts: 1 }),
    // Its own queue: a long run never holds the cleanup up. A failed pass is retried by the next tick.
    'catalog.import.cleanup': job<Record<string, never>>({
      queue: 'catalog-import-cleanup',
      attempts: 1,
      repeat: { everyMs: IMPORT_CLEANUP_EVERY_MS, payload: {} },
    }),
  },
});

type CatalogImportJobs = JobPayloadsOf<typeof catalogImportJobs>;

declare module '@livefair/core' {
  interface JobPayloads extends CatalogImportJobs {}
}
