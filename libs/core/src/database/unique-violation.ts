import { QueryFailedError } from 'typeorm';

/** True when a write failed on a unique index, on MySQL/MariaDB or the embedded engine. */
export function isUniqueViolation(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driverError = err.driverError as { code?: string; message?: string } | undefined;
  if (driverError?.code === 'ER_DUP_ENTRY') return true;
  return /UNIQUE constraint failed/i.test(driverError?.message ?? err.message);
}
