/**
 * Every background job in the system, with its payload. Payloads carry ids, not rows.
 * A process that runs jobs refuses to start if a name here has no handler or two.
 */
export interface JobPayloads {
  'notify.user': { userId: string; kind: string; title: string; body: string };
}

export type JobName = keyof JobPayloads;

export const JOB_NAMES: readonly JobName[] = ['notify.user'];
