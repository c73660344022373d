import { RoomRegistry } from '@livefair/live';
import type { Namespace } from 'socket.io';
import { RoomHub } from '../libs/live/src/gateway/room-hub';
import { ClientPool, createSession, demoLogins, DemoLogins, eventually } from './support/live-fixture';
import { startProductionApp, TestApp } from './support/test-app';

/** Live rooms against clients that race, flood and lie (issue 15). Real MariaDB, Redis, socket.io, mediasoup. */
describe('live rooms under abuse', () => {
  let t: TestApp;
  let demo: DemoLogins;
  const pool = new ClientPool(() => t.url);
  const nsp = () => t.app.get(RoomHub).namespace as Namespace;

  beforeAll(async () => {
    t = await startProductionApp('liveabuse', { DEMO_DATA: 'true', LIVE_ROOM_IDLE_SECONDS: '1' });
    demo = await demoLogins(t.url);
  });

  afterAll(async () => {
    pool.closeAll();
    await t?.close();
  });

  describe('no ghost peers', () => {
    it('after 300 connect / join / disconnect-at-once cycles a fresh viewer counts 1 and the room closes when empty', async () => {
      const sessionId = await createSession(t.url, demo.staff, demo.boothId);
      const otherId = await createSession(t.url, demo.staff, demo.boothId);
      const staff = await pool.open(demo.staff);
      await staff.request('room.join', { sessionId, as: 'publisher' });
      const baseline = nsp().sockets.size;
      for (let round = 0; round < 30; round++) {
        // Unpinning drops the cached entry state, so these joins wait on the database as a cold room's do.
        await staff.request('pin.set', { productId: null });
        await Promise.all(
          Array.from({ length: 10 }, async (_, i) => {
            const c = await pool.open(demo.buyer);
            c.socket.emit('room.join', { sessionId, as: 'viewer' }, () => undefined);
            // Two joins on one socket at once, to two rooms, every other cycle.
            if (i % 2) c.socket.emit('room.join', { sessionId: otherId, as: 'viewer' }, () => undefined);
            // Gone while the join is under way: 0-4 ms later (a disconnect in the same read drops the join unread).
            await new Promise((r) => setTimeout(r, i % 5));
            c.socket.disconnect();
          }),
        );
      }
      await eventually(() => nsp().sockets.size === baseline, 15_000, 'every cycled socket gone on the server');
      await new Promise((r) => setTimeout(r, 500)); // joins still in flight finish (or not) now
      const fresh = await pool.open();
      expect((await fresh.request('room.join', { sessionId, as: 'viewer' })).viewerCount).toBe(1);
      const registry = t.app.get(RoomRegistry);
      expect(registry.get(sessionId)?.peerCount()).toBe(2); // the staff and the fresh viewer
      expect(registry.get(otherId)?.peerCount() ?? 0).toBe(0);
      fresh.close();
      staff.close();
      await eventually(() => registry.get(sessionId) === undefined && registry.get(otherId) === undefined, 15_000, 'rooms closed');
    });
  });
});
