import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-livefair-signature';
export const TIMESTAMP_HEADER = 'x-livefair-timestamp';
export const EVENT_HEADER = 'x-livefair-event';
export const DELIVERY_HEADER = 'x-livefair-delivery';

/** `sha256=` + hex HMAC-SHA256(secret, `<timestamp>.<raw body>`): what a receiver recomputes. */
export function signWebhook(secret: string, timestamp: number, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex')}`;
}

/**
 * A receiver's check (docs/matching.md shows the same in a few lines): the signature matches and
 * the timestamp is within `toleranceSec` of now (older deliveries are replays to reject).
 */
export function verifyWebhook(
  secret: string,
  rawBody: string,
  signature: string | undefined,
  timestamp: string | undefined,
  nowSec = Math.floor(Date.now() / 1000),
  toleranceSec = 300,
): boolean {
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowSec - Number(timestamp)) > toleranceSec) return false;
  const want = Buffer.from(signWebhook(secret, Number(timestamp), rawBody));
  const got = Buffer.from(signature);
  return want.length === got.length && timingSafeEqual(want, got);
}
