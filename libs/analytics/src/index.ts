export * from './analytics.module';
export * from './analytics-errors';
export * from './analytics-events';
export * from './analytics-jobs';
export * from './ingest/ingest.service';
export * from './rollup/rollup-store';
export * from './rollup/rollup-runner';
export * from './dashboard/dashboard.service';
