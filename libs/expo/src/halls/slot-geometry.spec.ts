import { assertPlaceable, overlaps } from './slot-geometry';

describe('hall map geometry', () => {
  const a = { code: 'A', x: 0, y: 0, w: 2, h: 2 };
  it('touching edges do not overlap; shared cells do', () => {
    expect(overlaps(a, { x: 2, y: 0, w: 2, h: 2 })).toBe(false);
    expect(overlaps(a, { x: 0, y: 2, w: 1, h: 1 })).toBe(false);
    expect(overlaps(a, { x: 1, y: 1, w: 2, h: 2 })).toBe(true);
    expect(overlaps(a, { x: -1, y: -1, w: 5, h: 5 })).toBe(true);
  });
  it('refuses out of grid and overlapping slots with their codes', () => {
    expect(() => assertPlaceable({ code: 'B', x: 5, y: 0, w: 2, h: 1 }, 6, 4, [a])).toThrow(
      expect.objectContaining({ code: 'SLOT_OUT_OF_GRID' }),
    );
    expect(() => assertPlaceable({ code: 'B', x: 1, y: 0, w: 2, h: 1 }, 6, 4, [a])).toThrow(
      expect.objectContaining({ code: 'SLOT_OVERLAP' }),
    );
    expect(() => assertPlaceable({ code: 'B', x: 4, y: 2, w: 2, h: 2 }, 6, 4, [a])).not.toThrow();
  });
});
