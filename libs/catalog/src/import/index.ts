// The export-catalog import (part of the catalog context), its own entry point: '@livefair/catalog/import'.
// Apart from the catalog barrel so that processes which load the catalog but run no import jobs
// (tests booting a few modules) are not asked to host the import's job handler.
export * from './import.module';
export * from './import-errors';
export * from './import-jobs';
export * from './readiness.service';
