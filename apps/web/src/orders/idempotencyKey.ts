/**
 * A fresh Idempotency-Key (a UUID v4) for one order dialog: reused when the buyer retries, so a
 * lost answer never turns into a second order. `crypto.randomUUID` exists only on https and
 * localhost; a phone on the venue Wi-Fi opens the site over plain http, where getRandomValues
 * still works.
 */
export function newIdempotencyKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
