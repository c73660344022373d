import { orderedUuid } from './ordered-id';

describe('orderedUuid', () => {
  it('is a version 7 UUID whose text order is the order it was made in, within a millisecond too', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => orderedUuid(1_796_000_000_000 + Math.floor(i / 1000)));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0].slice(0, 13).replace('-', '')).toBe((1_796_000_000_000).toString(16).padStart(12, '0'));
  });
});
