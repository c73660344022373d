import { JobRun } from './job-queue';
import { JobName, JobPayloads } from './job-registry';

export const JOB_HANDLER = 'livefair:job-handler';

export interface JobHandlerMeta {
  name: JobName;
}

/**
 * Marks a provider method as the one handler of a declared job. The method's parameter
 * must accept the job's payload (`JobPayloads[name]`).
 */
export function JobHandler<N extends JobName>(name: N) {
  return <M extends (payload: JobPayloads[N], run: JobRun) => Promise<void>>(
    _target: object,
    _key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    const meta: JobHandlerMeta = { name };
    Reflect.defineMetadata(JOB_HANDLER, meta, descriptor.value as object);
  };
}
