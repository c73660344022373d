/**
 * True when a failure means the database cannot be reached (refused, reset, lost mid-query,
 * out of connections), as mysql2 reports it, raw or wrapped by TypeORM (`driverError`) or in
 * an error's `cause`. Such a request is answered 503 DATABASE_UNAVAILABLE, never a 500 and
 * never a false success: nothing the request wrote was committed unless its commit returned.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'CR_SERVER_GONE_ERROR',
  'CR_SERVER_LOST',
  'CR_CONN_HOST_ERROR',
  'CR_CONNECTION_ERROR',
]);

const CLOSED_CONNECTION = /connection is in closed state|Pool is closed|Connection lost: The server closed the connection/i;

interface DriverFailure {
  code?: unknown;
  fatal?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

export function isDatabaseUnreachable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  const e = err as DriverFailure;
  if (typeof e.code === 'string' && UNREACHABLE_CODES.has(e.code)) return true;
  // mysql2 marks errors that broke the connection itself as fatal (a query error is not).
  if (e.fatal === true && typeof e.code === 'string' && !e.code.startsWith('ER_')) return true;
  if (typeof e.message === 'string' && CLOSED_CONNECTION.test(e.message)) return true;
  return isDatabaseUnreachable(e.driverError, depth + 1) || isDatabaseUnreachable(e.cause, depth + 1);
}
