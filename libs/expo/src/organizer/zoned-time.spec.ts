import { assertTimeZone, toUtc } from './zoned-time';

describe('expo times', () => {
  it('reads wall times in the expo zone, across DST, and instants as they are', () => {
    expect(toUtc('2026-11-29T09:00', 'Asia/Shanghai', 'startsAt').toISOString()).toBe('2026-11-29T01:00:00.000Z');
    expect(toUtc('2026-07-01T09:00', 'Europe/Berlin', 'startsAt').toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(toUtc('2026-12-01T09:00', 'Europe/Berlin', 'startsAt').toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(toUtc('2026-11-29T09:00:00+08:00', 'Europe/Berlin', 'startsAt').toISOString()).toBe('2026-11-29T01:00:00.000Z');
    expect(toUtc('2026-11-29T09:00Z', 'Asia/Shanghai', 'startsAt').toISOString()).toBe('2026-11-29T09:00:00.000Z');
  });

  it('refuses an unknown zone and a malformed time with their codes', () => {
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(expect.objectContaining({ code: 'EXPO_TIME_ZONE_INVALID' }));
    expect(() => toUtc('29.11.2026', 'UTC', 'startsAt')).toThrow(expect.objectContaining({ code: 'EXPO_DATES_INVALID' }));
  });
});
