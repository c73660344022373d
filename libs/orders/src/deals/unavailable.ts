import { DomainError } from '@livefair/core';

/** Driver error codes that mean "the database cannot be reached now", not "this request is wrong". */
const DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_LOCK_WAIT_TIMEOUT',
  'POOL_CLOSED',
]);

/** True when `err` says MySQL (or the network to it) is unavailable. */
export function isDatabaseDown(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; driverError?: unknown; cause?: unknown; message?: unknown } | undefined, i = 0;
    e && i < 4;
    i++
  ) {
    if (typeof e.code === 'string' && DOWN_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && /connection is in closed state|Connection lost|Pool is closed/i.test(e.message))
      return true;
    e = (e.driverError ?? e.cause) as typeof e;
  }
  return false;
}

/** The clear 503 a buyer gets instead of a false answer: nothing was confirmed; retry with the same key. */
export function serviceUnavailable(what: string): DomainError {
  return new DomainError(
    'SERVICE_UNAVAILABLE',
    `${what} is unavailable right now; nothing was confirmed. Retry with the same Idempotency-Key`,
  );
}

/** Runs `work`, turning "database unreachable" failures into SERVICE_UNAVAILABLE (503) instead of a 500. */
export async function orUnavailable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isDatabaseDown(err)) throw serviceUnavailable('The database');
    throw err;
  }
}
