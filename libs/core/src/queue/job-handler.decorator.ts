import { SetMetadata } from '@nestjs/common';
import { JobName } from './job-names';

export const JOB_HANDLER = 'livefair:job-handler';

/** Marks a provider method as the one handler of a job. */
export const JobHandler = (name: JobName, options: { concurrency?: number } = {}) =>
  SetMetadata(JOB_HANDLER, { name, concurrency: options.concurrency ?? 4 });
