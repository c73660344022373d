/** The web tracker's event and visit ids (apps/web: jest does not run specs there, so this one sits in test/). */
import { isUUID } from 'class-validator';
import { timeOrderedId } from '../apps/web/src/analytics/time-ordered-id';

describe('timeOrderedId (UUID version 7)', () => {
  it('is a UUID of version 7 and RFC variant that the ingest validation accepts', () => {
    const id = timeOrderedId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isUUID(id)).toBe(true); // the DTOs' @IsUUID() on event ids and visit ids
  });

  it('carries the time in milliseconds in its first 48 bits', () => {
    const t = Date.UTC(2026, 11, 3, 8, 0, 0, 123);
    expect(parseInt(timeOrderedId(t).replace(/-/g, '').slice(0, 12), 16)).toBe(t);
  });

  it('sorts by time, as text and as the bytes an index compares', () => {
    const t = Date.now();
    const ids = [t + 5, t, t + 1000, t + 1, t + 86_400_000].map((ms) => [ms, timeOrderedId(ms)] as const);
    const byText = [...ids].sort((a, b) => (a[1] < b[1] ? -1 : 1)).map(([ms]) => ms);
    expect(byText).toEqual([...ids].map(([ms]) => ms).sort((a, b) => a - b));
  });

  it('differs within one millisecond (random bits after the time)', () => {
    const t = Date.now();
    expect(new Set(Array.from({ length: 1000 }, () => timeOrderedId(t))).size).toBe(1000);
  });
});
