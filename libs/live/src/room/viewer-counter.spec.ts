import type { RoomHub } from '../gateway/room-hub';
import type { LiveSessionService } from '../sessions/live-session.service';
import { InProcessRoomCounters } from './room-counters';
import { PEAK_STORE_MAX_DELAY_MS, ViewerCounter } from './viewer-counter';

describe('ViewerCounter peaks', () => {
  let stored: Array<[string, number]>;
  let rooms: string[];
  let counter: ViewerCounter;
  const second = () => jest.advanceTimersByTimeAsync(1000);

  beforeEach(() => {
    jest.useFakeTimers();
    stored = [];
    rooms = ['s1'];
    const hub = { localRoomIds: () => rooms, toLocalRoom: () => undefined } as unknown as RoomHub;
    const sessions = {
      notePeakViewers: async (id: string, n: number) => void stored.push([id, n]),
    } as unknown as LiveSessionService;
    counter = new ViewerCounter(hub, sessions, new InProcessRoomCounters());
  });
  afterEach(async () => {
    await counter.onModuleDestroy();
    jest.useRealTimers();
  });

  const join = (from: number, to: number) => {
    for (let i = from; i < to; i++) counter.add('s1', `socket-${i}`);
  };

  it('stores a join burst once, when the peak stops rising', async () => {
    join(0, 40);
    await second();
    join(40, 100);
    await second();
    expect(stored).toEqual([]);
    await second();
    expect(stored).toEqual([['s1', 100]]);
    await second();
    await second();
    expect(stored).toEqual([['s1', 100]]);
  });

  it('stores a peak seen at a join even if the viewer left before the report', async () => {
    join(0, 3);
    counter.remove('s1', 'socket-2');
    await second();
    await second();
    expect(stored).toEqual([['s1', 3]]);
  });

  it('stores a peak that keeps rising at least every PEAK_STORE_MAX_DELAY_MS', async () => {
    const seconds = PEAK_STORE_MAX_DELAY_MS / 1000;
    for (let s = 0; s < seconds + 1; s++) {
      join(s * 10, s * 10 + 10);
      await second();
    }
    expect(stored).toEqual([['s1', (seconds + 1) * 10]]);
  });

  it('stores what is pending when the room empties and when the process stops', async () => {
    join(0, 5);
    for (let i = 0; i < 5; i++) counter.remove('s1', `socket-${i}`);
    rooms = [];
    await second();
    expect(stored).toEqual([['s1', 5]]);
    rooms = ['s2'];
    for (let i = 0; i < 7; i++) counter.add('s2', `other-${i}`);
    await second();
    await counter.onModuleDestroy();
    expect(stored).toEqual([
      ['s1', 5],
      ['s2', 7],
    ]);
  });
});
