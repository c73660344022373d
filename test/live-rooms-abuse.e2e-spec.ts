import { RoomRegistry } from '@livefair/live';
import type { LiveAck } from '@livefair/protocol';
import type { Namespace } from 'socket.io';
import { RoomHub } from '../libs/live/src/gateway/room-hub';
import { httpClient } from './support/http';
import { io } from 'socket.io-client';
import { randomIp, TestLiveClient } from './support/live-client';
import { ClientPool, createSession, demoLogins, DemoLogins, eventually, newBuyer } from './support/live-fixture';
import { startProductionApp, TestApp } from './support/test-app';

/** Live rooms against clients that race, flood and lie (issue 15). Real MariaDB, Redis, socket.io, mediasoup. */
describe('live rooms under abuse', () => {
  let t: TestApp;
  let demo: DemoLogins;
  const pool = new ClientPool(() => t.url);
  const nsp = () => t.app.get(RoomHub).namespace as Namespace;

  beforeAll(async () => {
    t = await startProductionApp('liveabuse', {
      DEMO_DATA: 'true',
      LIVE_ROOM_IDLE_SECONDS: '1',
      TRUST_PROXY: '1',
      LIVE_LIKE_RATE: '1:100',
      LIVE_IP_EVENT_RATE: '50:150',
      LIVE_MAX_SOCKETS_PER_USER: '5',
      LIVE_MAX_SOCKETS_PER_IP: '8',
    });
    demo = await demoLogins(t);
  });

  afterEach(() => pool.closeAll());

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
            const c = await pool.open();
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
      await eventually(
        () => registry.get(sessionId) === undefined && registry.get(otherId) === undefined,
        15_000,
        'rooms closed',
      );
    });
  });

  describe('rate limits and payload rules on every event', () => {
    const codes = (acks: LiveAck<unknown>[]) => acks.map((a) => (a.ok ? 'ok' : a.error.code));
    const burst = (c: TestLiveClient, n: number, event: string, payload: unknown = {}) =>
      Promise.all(Array.from({ length: n }, () => c.ack(event, payload)));

    it('likes need a login and are bounded per user (500 likes of 50 do not add 25,000)', async () => {
      const sessionId = await createSession(t.url, demo.staff, demo.boothId);
      const anon = await pool.open();
      await anon.request('room.join', { sessionId, as: 'viewer' });
      expect(await anon.errorCode('like', { count: 50 })).toBe('AUTH_REQUIRED');
      const user = await newBuyer(t.url);
      const sockets = [await pool.open(user.token), await pool.open(user.token)];
      for (const c of sockets) await c.request('room.join', { sessionId, as: 'viewer' });
      const started = Date.now();
      const acks = (await Promise.all(sockets.map((c) => burst(c, 250, 'like', { count: 50 })))).flat();
      const seconds = (Date.now() - started) / 1000;
      expect(acks).toHaveLength(500);
      expect(codes(acks)).toContain('RATE_LIMITED');
      await new Promise((r) => setTimeout(r, 2500)); // one like flush
      const stored = (await httpClient(t.url).get(`/api/live-sessions/${sessionId}`)).body.likeCount as number;
      // LIVE_LIKE_RATE=1:100 here: at most 100 taps at once and one a second after.
      expect(stored).toBeGreaterThan(0);
      expect(stored).toBeLessThanOrEqual(100 + Math.ceil(seconds) + 3);
    });

    it('stream.health is for the booth staff', async () => {
      const sessionId = await createSession(t.url, demo.staff, demo.boothId);
      const staff = await pool.open(demo.staff);
      const viewer = await pool.open(demo.buyer);
      await staff.request('room.join', { sessionId, as: 'publisher' });
      await viewer.request('room.join', { sessionId, as: 'viewer' });
      expect(await viewer.errorCode('stream.health', {})).toBe('NOT_BOOTH_STAFF');
      expect(await staff.request('stream.health', {})).toEqual({ producers: [] });
    });

    it('accepts no chat, likes or pins into a room after its session ended', async () => {
      const sessionId = await createSession(t.url, demo.staff, demo.boothId);
      const staff = await pool.open(demo.staff);
      const viewer = await pool.open((await newBuyer(t.url)).token);
      await staff.request('room.join', { sessionId, as: 'publisher' });
      await viewer.request('room.join', { sessionId, as: 'viewer' });
      await viewer.request('chat.send', { text: '结束前' });
      const told = viewer.next('room.status', 5000, (e) => e.status === 'ended');
      await staff.request('session.end', {});
      await told;
      expect(await viewer.errorCode('chat.send', { text: '结束后还能发吗' })).toBe('LIVE_SESSION_ENDED');
      expect(await viewer.errorCode('like', { count: 5 })).toBe('LIVE_SESSION_ENDED');
      expect(await staff.errorCode('pin.set', { productId: null })).toBe('LIVE_SESSION_ENDED');
      expect(await staff.errorCode('chat.send', { text: '主播也不行' })).toBe('LIVE_SESSION_ENDED');
    });

    it('limits every event per socket, per user and per IP, answering RATE_LIMITED', async () => {
      // One socket: its own bucket (LIVE_SOCKET_EVENT_RATE 20:60).
      const one = await pool.open();
      const flood = codes(await burst(one, 200, 'session.whoami'));
      expect(flood.slice(0, 60)).toEqual(Array(60).fill('ok'));
      expect(flood.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThan(100);
      // One user over four sockets, each within its own burst (LIVE_USER_EVENT_RATE 40:120).
      const user = await newBuyer(t.url);
      const tabs = await Promise.all([1, 2, 3, 4].map(() => pool.open(user.token)));
      const perUser = codes((await Promise.all(tabs.map((c) => burst(c, 50, 'session.whoami')))).flat());
      expect(perUser.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThan(40);
      // Anonymous sockets of one IP share a bucket (LIVE_IP_EVENT_RATE=50:150 here); another IP is unaffected.
      const sameIp = await Promise.all(Array.from({ length: 8 }, () => pool.open(undefined, { forwardedFor: '203.0.113.9' })));
      const perIp = codes((await Promise.all(sameIp.map((c) => burst(c, 40, 'session.whoami')))).flat());
      expect(perIp.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThan(100);
      expect(await (await pool.open()).request('session.whoami', {})).toBeNull();
    });

    it('answers events the namespace does not define with UNKNOWN_EVENT, with or without an ack', async () => {
      const c = await pool.open();
      expect(await c.errorCode('room.destroy', {})).toBe('UNKNOWN_EVENT');
      expect(await c.errorCode('constructor', {})).toBe('UNKNOWN_EVENT');
      expect(await c.errorCode('x'.repeat(2000), {})).toBe('UNKNOWN_EVENT');
      const told = new Promise((resolve) => c.socket.once('request.error', resolve));
      c.socket.emit('admin.shutdown', {});
      expect(await told).toMatchObject({ event: 'admin.shutdown', ok: false, error: { code: 'UNKNOWN_EVENT' } });
    });

    it('refuses payloads that are not one JSON object on every event, including those without fields', async () => {
      const c = await pool.open(demo.buyer);
      for (const event of EVENTS) {
        for (const payload of [null, 42, 'text', [1, 2], true]) {
          expect([event, payload, await c.errorCode(event, payload)]).toEqual([event, payload, 'VALIDATION_FAILED']);
        }
        await new Promise((r) => setTimeout(r, 250)); // stay inside the socket's rate
      }
      for (const event of ['session.whoami', 'room.leave', 'stream.health', 'session.end']) {
        expect(await c.errorCode(event, { extra: 1 })).toBe('VALIDATION_FAILED');
      }
      const twoArgs = await c.socket.timeout(5000).emitWithAck('session.whoami', {}, {});
      expect(twoArgs).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    });

    it('answers every one of 2,000 random events and stays up', async () => {
      const sessionId = await createSession(t.url, demo.staff, demo.boothId);
      const buyer = await newBuyer(t.url);
      const sockets = await Promise.all(Array.from({ length: 40 }, (_, i) => pool.open(i % 10 === 0 ? buyer.token : undefined)));
      await Promise.all(sockets.slice(0, 20).map((c) => c.request('room.join', { sessionId, as: 'viewer' })));
      let seed = 15;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
      const names = [...EVENTS, 'nope', 'room.joinx', '', 'chat', 'error', '__proto__', 'toString', 'room.join '];
      const values = [
        null,
        0,
        -1,
        1e308,
        'x',
        '好'.repeat(600),
        true,
        [],
        [{}],
        {},
        { a: { b: { c: [] } } },
        sessionId,
        '00000000-0000-4000-8000-000000000000',
      ];
      const fields = [
        'sessionId',
        'as',
        'direction',
        'transportId',
        'producerId',
        'consumerId',
        'text',
        'count',
        'productId',
        'userId',
        'messageId',
        'spatialLayer',
        'rtpCapabilities',
        'dtlsParameters',
        'kind',
        'source',
        'constructor',
      ];
      const payload = (): unknown => {
        if (random() < 0.2) return pick(values);
        const p: Record<string, unknown> = {};
        for (let i = Math.floor(random() * 4); i > 0; i--)
          p[pick(fields)] = random() < 0.3 ? pick(['viewer', 'recv', 'send', 'video', 'camera', 5, 50]) : pick(values);
        return p;
      };
      const acks = await Promise.all(
        Array.from(
          { length: 2000 },
          (_, i) =>
            sockets[i % sockets.length].socket.timeout(15_000).emitWithAck(pick(names), payload()) as Promise<LiveAck<unknown>>,
        ),
      );
      expect(acks).toHaveLength(2000);
      for (const a of acks) expect(a.ok === true || typeof a.error?.code === 'string').toBe(true);
      expect(codes(acks)).toContain('UNKNOWN_EVENT');
      expect(codes(acks)).not.toContain('INTERNAL_ERROR');
      expect((await httpClient(t.url).get('/health')).status).toBe(200);
      const fresh = await pool.open();
      expect((await fresh.request('room.join', { sessionId, as: 'viewer' })).session.id).toBe(sessionId);
    });
  });

  describe('sockets per user and per IP', () => {
    const refusal = (token?: string, forwardedFor = randomIp()) =>
      TestLiveClient.connect(t.url, token, { forwardedFor }).then(
        (c) => (c.close(), 'connected'),
        (err: Error & { data?: { code?: string } }) => err.data?.code ?? err.message,
      );

    it('refuses a sixth socket of one user at the handshake with TOO_MANY_SOCKETS, and takes one again once a socket closes', async () => {
      const user = await newBuyer(t.url);
      const five = await Promise.all([1, 2, 3, 4, 5].map(() => pool.open(user.token)));
      expect(await refusal(user.token)).toBe('TOO_MANY_SOCKETS');
      five[0].close();
      await eventually(async () => (await refusal(user.token)) === 'connected', 10_000, 'a socket again after one closed');
    });

    it('refuses a ninth socket of one address, logged in or not; other addresses are unaffected', async () => {
      const ip = randomIp();
      await Promise.all(Array.from({ length: 8 }, () => pool.open(undefined, { forwardedFor: ip })));
      expect(await refusal(undefined, ip)).toBe('TOO_MANY_SOCKETS');
      expect(await refusal((await newBuyer(t.url)).token, ip)).toBe('TOO_MANY_SOCKETS');
      expect(await refusal()).toBe('connected');
    });

    it('stops counting sockets whose connection closed at any point of the handshake', async () => {
      const ip = randomIp();
      for (let i = 0; i < 30; i++) {
        const c = io(`${t.url}/live`, {
          transports: ['websocket'],
          forceNew: true,
          reconnection: false,
          extraHeaders: { 'x-forwarded-for': ip },
        });
        // Half close once connected, half at some moment of the handshake.
        const connected = new Promise((r) => (c.once('connect', () => r(null)), c.once('connect_error', () => r(null))));
        await (i % 2 ? connected : new Promise((r) => setTimeout(r, i % 7)));
        c.close();
      }
      await new Promise((r) => setTimeout(r, 500));
      const eight = await Promise.all(Array.from({ length: 8 }, () => pool.open(undefined, { forwardedFor: ip })));
      expect(eight.every((c) => c.socket.connected)).toBe(true);
    });
  });
});

/** Every request the protocol defines (docs/live-protocol.md). */
const EVENTS = [
  'session.whoami',
  'session.refresh',
  'room.join',
  'room.leave',
  'transport.create',
  'transport.connect',
  'produce',
  'producer.pause',
  'producer.resume',
  'producer.close',
  'consume',
  'consumer.resume',
  'consumer.setPreferredLayers',
  'chat.send',
  'chat.delete',
  'chat.ban',
  'like',
  'pin.set',
  'stream.health',
  'session.end',
] as const;
