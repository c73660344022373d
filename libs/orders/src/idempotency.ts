import { createHash } from 'node:crypto';
import { DomainError } from '@livefair/core';

/** The header every order-creating HTTP request carries (socket requests carry `idempotencyKey` in the payload). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** The header a replayed answer carries (its body and status are the first answer's). */
export const REPLAY_HEADER = 'idempotent-replayed';

const KEY_FORMAT = /^[A-Za-z0-9_\-:.]{8,64}$/;

/** A key is 8..64 characters of letters, digits and `_-:.` (a UUID fits); refused otherwise. */
export function requireIdempotencyKey(key: unknown): string {
  if (key === undefined || key === null || key === '')
    throw new DomainError(
      'IDEMPOTENCY_KEY_REQUIRED',
      'Send an Idempotency-Key header (for example a UUID) with every order request',
    );
  if (typeof key !== 'string' || !KEY_FORMAT.test(key))
    throw new DomainError('IDEMPOTENCY_KEY_INVALID', 'The Idempotency-Key must be 8 to 64 letters, digits or _-:. characters');
  return key;
}

/**
 * sha256 over what the request asks for: the operation and its body with keys sorted, so the
 * same request retried hashes the same and a different one under the same key is caught.
 */
export function requestHash(operation: string, body: unknown): string {
  return createHash('sha256').update(operation).update('\n').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** A stored order found under the request's key: the same request is a replay, another one is refused. */
export function assertSameRequest(stored: { requestHash: string }, hash: string): void {
  if (stored.requestHash !== hash)
    throw new DomainError(
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used for a different request; use a new key',
    );
}
