import { FOLD_CACHE_ENTRIES, FoldCache, stampOf } from './fold-cache';

describe('FoldCache', () => {
  it('asks for every uncached key, and for none while it holds every stored row', () => {
    const c = new FoldCache();
    c.put(c.scopeVisits, 'b:1|v1', 1);
    expect(c.missing(c.scopeVisits, ['b:1|v1', 'b:1|v2'])).toEqual(['b:1|v2']);
    c.clear(stampOf(0, null), true);
    expect(c.missing(c.scopeVisits, ['b:1|v1', 'b:1|v2'])).toEqual([]);
    expect(c.stamp).toBe('0|none');
  });

  it('stops claiming completeness once it evicts past its bound, dropping the oldest first', () => {
    const c = new FoldCache();
    c.clear(stampOf(0, null), true);
    for (let i = 0; i <= FOLD_CACHE_ENTRIES; i++) c.put(c.minutes, `b|${i}`, i);
    expect(c.minutes.size).toBe(FOLD_CACHE_ENTRIES);
    expect(c.complete).toBe(false);
    expect(c.minutes.has('b|0')).toBe(false);
    expect(c.missing(c.minutes, ['b|0', `b|${FOLD_CACHE_ENTRIES}`])).toEqual(['b|0']);
  });

  it('stamps the cursor by sequence and update time, so another writer’s step never matches', () => {
    const at = new Date('2026-12-01T08:00:00.123Z');
    expect(stampOf(5, at)).toBe(stampOf(5, new Date(at.getTime())));
    expect(stampOf(5, at)).not.toBe(stampOf(5, new Date(at.getTime() + 1)));
    expect(stampOf(5, at)).not.toBe(stampOf(6, at));
    expect(stampOf(0, null)).not.toBe(stampOf(0, at));
  });
});
