import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows max events per window per key, then refuses until the window slides', () => {
    let now = 0;
    const rl = new RateLimiter(3, 1000, () => now);
    expect([rl.take('a'), rl.take('a'), rl.take('a'), rl.take('a')]).toEqual([true, true, true, false]);
    expect(rl.take('b')).toBe(true);
    now = 999;
    expect(rl.take('a')).toBe(false);
    now = 1001;
    expect(rl.take('a')).toBe(true);
  });
});
