import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * True when the request carries `Authorization: Bearer <METRICS_TOKEN>`. Compared in constant
 * time (over digests, so the lengths do not show either). Never true while no token is set.
 */
export function hasOpsToken(authorization: string | undefined, token: string | null): boolean {
  if (!token || !authorization) return false;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  return match !== null && timingSafeEqual(digest(match[1]), digest(token));
}
