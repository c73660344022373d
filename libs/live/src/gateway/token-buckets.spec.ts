import { TokenBucket, TokenBuckets } from './token-buckets';

describe('token buckets', () => {
  it('allow a burst, then refill at the rate', () => {
    let now = 0;
    const b = new TokenBucket({ perSecond: 2, burst: 3 }, () => now);
    expect([b.take(), b.take(), b.take(), b.take()]).toEqual([true, true, true, false]);
    now = 499;
    expect(b.take()).toBe(false);
    now = 500;
    expect(b.take()).toBe(true);
    now = 60_000;
    expect(b.takeUpTo(10)).toBe(3); // never more than the burst
    expect(b.takeUpTo(1)).toBe(0);
  });

  it('keep one bucket per key', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perSecond: 0.5, burst: 5 }, () => now);
    for (let i = 0; i < 5; i++) expect(buckets.take('a')).toBe(true);
    expect(buckets.take('a')).toBe(false);
    expect(buckets.take('b')).toBe(true);
    now = 2000;
    expect(buckets.take('a')).toBe(true);
    expect(buckets.take('a')).toBe(false);
  });
});
