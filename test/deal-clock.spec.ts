/** The watch page's server clock (apps/web: jest does not run specs there, so this one sits in test/). */
import { formatCountdown, ServerClock } from '../apps/web/src/live/deals/dealClock';

/** The server's clock runs 90 s ahead of this page's in every case below. */
const OFFSET = 90_000;
const at = (deviceMs: number) => new Date(deviceMs + OFFSET).toISOString();

describe('ServerClock', () => {
  it('knows nothing before a sample', () => {
    expect(new ServerClock().offset()).toBe(0);
  });

  it('takes the middle of an answer: exact for a symmetric round trip', () => {
    const clock = new ServerClock();
    clock.fromAnswer(at(1_100), 1_000, 1_200);
    expect(clock.offset()).toBe(OFFSET);
  });

  it('narrows lopsided answers by their intersection instead of trusting the shortest one', () => {
    const clock = new ServerClock();
    // Stamped 100 ms after sending, answered 900 ms later (a slow way back) ...
    clock.fromAnswer(at(100), 0, 1_000);
    // ... and stamped 900 ms after sending (a slow way there), answered 100 ms later.
    clock.fromAnswer(at(2_900), 2_000, 3_000);
    // Either alone is 400 ms off; together they leave 89,900..90,100.
    expect(Math.abs(clock.offset() - OFFSET)).toBeLessThanOrEqual(100);
  });

  it('uses pushed events alone until an answer comes, the latest arrival bounding it from below', () => {
    const clock = new ServerClock();
    clock.fromEvent(at(500), 800); // arrived 300 ms after the server sent it
    expect(clock.offset()).toBe(OFFSET - 300);
    clock.fromEvent(at(1_000), 1_050);
    expect(clock.offset()).toBe(OFFSET - 50);
  });

  it("is not skewed by the server's work on a request once an event has come", () => {
    const clock = new ServerClock();
    // The studio's deal start: sent at 0, stamped and sent back at 1,400 after the database, acked at 1,450.
    clock.fromAnswer(at(1_400), 0, 1_450);
    expect(clock.offset() - OFFSET).toBeGreaterThan(600); // the middle: 675 ms ahead, the countdown ends early
    // The deal's broadcast reaches the same page 20 ms after the server sent it.
    clock.fromEvent(at(1_420), 1_440);
    expect(Math.abs(clock.offset() - OFFSET)).toBeLessThanOrEqual(50);
  });

  it('keeps the answers when many events follow', () => {
    const clock = new ServerClock();
    clock.fromAnswer(at(1_100), 1_000, 1_200);
    for (let i = 0; i < 20; i++) clock.fromEvent(at(2_000 + i * 1_000), 2_000 + i * 1_000 + 400);
    // The answer's lower bound (100 ms short) beats the events' (400 ms short).
    expect(clock.offset()).toBe(OFFSET - 100);
  });

  it('starts over when the device clock is set: a sample that contradicts the others wins', () => {
    const clock = new ServerClock();
    clock.fromAnswer(at(1_100), 1_000, 1_200);
    // The phone's clock jumps 60 s ahead: the server is now only 30 s ahead of it.
    clock.fromAnswer(new Date(70_000 + 30_000 + 100).toISOString(), 70_000, 70_200);
    expect(clock.offset()).toBe(30_000);
  });

  it('ignores answers it cannot use', () => {
    const clock = new ServerClock();
    clock.fromAnswer('not a time', 0, 10);
    clock.fromAnswer(at(5), 10, 0);
    expect(clock.offset()).toBe(0);
  });
});

describe('formatCountdown', () => {
  it('rounds whole seconds up and shows hours only past one', () => {
    expect(formatCountdown(179_001)).toBe('03:00');
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-5)).toBe('00:00');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
  });
});
