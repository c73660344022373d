import { loadConfig } from '@livefair/core';
import { checkSlots } from './meeting-slots';

const rules = loadConfig({ DATA_DIR: '/tmp', MEETINGS_MIN_MINUTES: '15', MEETINGS_MAX_MINUTES: '120' }).meetings;
const now = Date.parse('2026-12-01T00:00:00Z');
const at = (min: number) => new Date(now + min * 60_000).toISOString();
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code: string }).code;
  }
  return 'none';
};

describe('checkSlots', () => {
  it('normalises offsets to UTC and sorts by start', () => {
    const out = checkSlots(
      [
        { startsAt: '2026-12-02T10:00:00+08:00', endsAt: '2026-12-02T10:30:00+08:00' },
        { startsAt: at(60), endsAt: at(90) },
      ],
      rules,
      now,
    );
    expect(out).toEqual([
      { startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-01T01:30:00.000Z' },
      { startsAt: '2026-12-02T02:00:00.000Z', endsAt: '2026-12-02T02:30:00.000Z' },
    ]);
  });

  it('refuses each broken rule with its code; touching slots are not an overlap', () => {
    expect(code(() => checkSlots([{ startsAt: at(-1), endsAt: at(30) }], rules, now))).toBe('MEETING_SLOT_IN_PAST');
    expect(code(() => checkSlots([{ startsAt: at(10), endsAt: at(24) }], rules, now))).toBe('MEETING_SLOT_TOO_SHORT');
    expect(code(() => checkSlots([{ startsAt: at(10), endsAt: at(131) }], rules, now))).toBe('MEETING_SLOT_TOO_LONG');
    expect(code(() => checkSlots([{ startsAt: at(61 * 24 * 60), endsAt: at(61 * 24 * 60 + 30) }], rules, now))).toBe(
      'MEETING_SLOT_TOO_FAR',
    );
    const a = { startsAt: at(60), endsAt: at(90) };
    expect(code(() => checkSlots([a, { startsAt: at(89), endsAt: at(120) }], rules, now))).toBe('MEETING_SLOTS_OVERLAP');
    expect(code(() => checkSlots([a, { startsAt: at(90), endsAt: at(120) }], rules, now))).toBe('none');
    expect(code(() => checkSlots([{ startsAt: at(10), endsAt: at(25) }], rules, now))).toBe('none');
  });
});
