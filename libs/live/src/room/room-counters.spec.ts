import { InProcessRoomCounters } from './room-counters';

describe('InProcessRoomCounters (the embedded default)', () => {
  it("reads back each room's last reported viewers, 0 for rooms nobody reported or that emptied", async () => {
    const c = new InProcessRoomCounters();
    expect(await c.viewersOf([])).toEqual([]);
    expect(await c.reportViewers('a', 3)).toBe(3);
    await c.reportViewers('b', 1);
    expect(await c.viewersOf(['b', 'a', 'unknown'])).toEqual([1, 3, 0]);
    await c.reportViewers('a', 0);
    expect(await c.viewersOf(['a', 'b'])).toEqual([0, 1]);
  });
});
