import { DomainError } from '@livefair/core';

/** An offset-free wall time: 2026-11-29T09:00 or 2026-11-29T09:00:00. */
const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
/** Ends in Z or an offset: an instant already. */
const INSTANT = /(Z|[+-]\d{2}:\d{2})$/;

export function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new DomainError('EXPO_TIME_ZONE_INVALID', `${timeZone} is not an IANA time zone (e.g. Asia/Shanghai)`);
  }
}

/** How far `timeZone`'s wall clock is ahead of UTC at instant `t`, in ms. */
function offsetAt(t: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(t));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return wall - Math.floor(t / 1000) * 1000;
}

/**
 * The UTC instant of `value`: an ISO instant (Z or offset) as it is, or a wall time read in
 * `timeZone` (what an organizer types in the console). Throws `code` for anything else.
 */
export function toUtc(value: string, timeZone: string, field: string): Date {
  if (INSTANT.test(value)) {
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) return d;
  }
  const m = WALL.exec(value);
  if (!m) throw new DomainError('EXPO_DATES_INVALID', `${field} must be an ISO-8601 time`);
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  let t = guess - offsetAt(guess, timeZone);
  t = guess - offsetAt(t, timeZone);
  return new Date(t);
}
