import { KeyedThrottle } from './keyed-throttle';

describe('KeyedThrottle', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends the first value at once, then the latest one per interval, per key', () => {
    const sent: string[] = [];
    const t = new KeyedThrottle<number>(200, (k, v) => sent.push(`${k}=${v}`));
    t.offer('a', 1);
    t.offer('a', 2);
    t.offer('a', 3);
    t.offer('b', 9);
    expect(sent).toEqual(['a=1', 'b=9']);
    jest.advanceTimersByTime(200);
    expect(sent).toEqual(['a=1', 'b=9', 'a=3']);
    jest.advanceTimersByTime(1000);
    expect(sent).toHaveLength(3);
    t.close();
  });

  it('lets urgent values jump the wait', () => {
    const sent: number[] = [];
    const t = new KeyedThrottle<number>(
      200,
      (_k, v) => sent.push(v),
      (last, next) => next === 0 || (last ?? 0) < next,
    );
    t.offer('a', 5);
    t.offer('a', 4);
    t.offer('a', 0);
    t.offer('a', 2);
    expect(sent).toEqual([5, 0, 2]);
    t.offer('a', 1);
    jest.advanceTimersByTime(200);
    expect(sent).toEqual([5, 0, 2, 1]);
    t.close();
  });
});
