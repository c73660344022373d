import type { LiveAck } from '@livefair/protocol';
import type { Namespace, Socket } from 'socket.io';
import { payloadCorpus } from '../libs/core/src/errors/payload-corpus';
import { DirectDispatch } from '../libs/live/src/gateway/direct-dispatch';
import { RoomHub } from '../libs/live/src/gateway/room-hub';
import { TestLiveClient } from './support/live-client';
import { ClientPool, createSession, demoLogins, DemoLogins } from './support/live-fixture';
import { startProductionApp, TestApp } from './support/test-app';

const id = '0b6f6f4e-9d7e-4f7c-8a51-3c8f1f3f2a10';
const media = { codecs: [], headerExtensions: [] };

/** A valid-looking payload of each request (docs/live-protocol.md); the ids name nothing. */
const examples: Record<string, Record<string, unknown>> = {
  'session.whoami': {},
  'session.refresh': { token: 'a.b.c' },
  'room.join': { sessionId: id, as: 'viewer' },
  'stream.health': {},
  'transport.create': { direction: 'recv' },
  'transport.connect': { transportId: id, dtlsParameters: media },
  produce: { transportId: id, kind: 'video', rtpParameters: media, source: 'camera' },
  'producer.pause': { producerId: id },
  'producer.resume': { producerId: id },
  'producer.close': { producerId: id },
  consume: { transportId: id, producerId: id, rtpCapabilities: media },
  'consumer.resume': { consumerId: id },
  'consumer.setPreferredLayers': { consumerId: id, spatialLayer: 2, temporalLayer: 0 },
  'chat.send': { text: '你好，这个多少钱？' },
  'chat.delete': { messageId: id },
  'chat.ban': { userId: id },
  like: { count: 50 },
  'pin.set': { productId: id },
};
/**
 * Requests that change what the socket is (its room, the session) or count against a per-user
 * limit when they succeed: not compared as the publisher (they are outside a room).
 */
const CHANGING = new Set(['room.leave', 'session.end', 'transport.create', 'chat.send', 'like']);

type Answer = { ack: LiveAck<unknown> } | { requestError: unknown } | 'none';

/**
 * The requests EventGuard hands to DirectDispatch answer exactly what Nest's dispatch of the same
 * handler answers: the same payloads, on the same socket in the same state, get the same acks
 * (codes, messages, details), and the same `request.error` without an ack. Nest's dispatch is
 * the listener its adapter bound on the server's socket, called directly.
 */
describe('live requests through the direct dispatch', () => {
  let t: TestApp;
  let demo: DemoLogins;
  const pool = new ClientPool(() => t.url);
  const nsp = () => t.app.get(RoomHub).namespace as Namespace;
  const serverSide = (c: TestLiveClient) => nsp().sockets.get(c.socket.id!) as Socket;

  beforeAll(async () => {
    t = await startProductionApp('livedirect', {
      DEMO_DATA: 'true',
      TRUST_PROXY: '1',
      LIVE_SOCKET_EVENT_RATE: '1:3000',
      LIVE_USER_EVENT_RATE: '1:100000',
      LIVE_IP_EVENT_RATE: '1:100000',
    });
    demo = await demoLogins(t);
  });

  afterEach(() => pool.closeAll());

  afterAll(async () => {
    pool.closeAll();
    await t?.close();
  });

  /** Through the client (EventGuard, then DirectDispatch). */
  const viaClient = (c: TestLiveClient, event: string, payload: unknown): Promise<Answer> =>
    c.ack(event, payload).then((ack) => ({ ack }));

  /** Through Nest's dispatch: the adapter's listener for the event on the server's socket. */
  const viaNest = (c: TestLiveClient, event: string, payload: unknown): Promise<Answer> => {
    const [listener] = serverSide(c).listeners(event) as ((...args: unknown[]) => void)[];
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve('none'), 5000);
      listener(payload, (ack: LiveAck<unknown>) => {
        clearTimeout(timer);
        resolve({ ack });
      });
    });
  };

  /** Comparable: successes by their shape (ids differ), failures whole. */
  const shape = (a: Answer) =>
    typeof a === 'object' && 'ack' in a && a.ack.ok
      ? { ok: true, keys: a.ack.data && typeof a.ack.data === 'object' ? Object.keys(a.ack.data).sort() : a.ack.data }
      : a;

  async function compare(c: TestLiveClient, events: string[]): Promise<number> {
    let compared = 0;
    for (const event of events) {
      for (const payload of payloadCorpus(examples[event] ?? {})) {
        // As the server receives it (JSON: undefined fields dropped, NaN as null).
        const nest = await viaNest(c, event, JSON.parse(JSON.stringify(payload)));
        const direct = await viaClient(c, event, payload);
        expect({ event, payload, answer: shape(direct) }).toEqual({ event, payload, answer: shape(nest) });
        compared++;
      }
    }
    return compared;
  }

  it("dispatches the join's requests and every live gateway handler directly", () => {
    const events = t.app.get(DirectDispatch).events;
    for (const e of ['room.join', 'transport.create', 'transport.connect', 'consume', 'consumer.resume']) {
      expect(events).toContain(e);
    }
    for (const e of Object.keys(examples)) expect(events).toContain(e);
  });

  it('answers the same payloads with the same acks as Nest, outside a room and as the publisher in one', async () => {
    const direct = t.app.get(DirectDispatch).events;
    const anon = await pool.open();
    expect(await compare(anon, direct)).toBeGreaterThan(500);

    const sessionId = await createSession(t.url, demo.staff, demo.boothId);
    const staff = await pool.open(demo.staff);
    await staff.request('room.join', { sessionId, as: 'publisher' });
    expect(
      await compare(
        staff,
        direct.filter((e) => !CHANGING.has(e)),
      ),
    ).toBeGreaterThan(500);
    // transport.create answers with a new transport each time: compared by shape, once each way.
    expect(shape(await viaClient(staff, 'transport.create', { direction: 'recv' }))).toEqual(
      shape(await viaNest(staff, 'transport.create', { direction: 'recv' })),
    );
    // Still in the room: nothing above left it.
    expect(serverSide(staff).data.sessionId).toBe(sessionId);
  });

  it('answers a failed request sent without an ack with the same request.error', async () => {
    const c = await pool.open();
    const errors: unknown[] = [];
    c.socket.on('request.error', (e: unknown) => errors.push(e));
    const listener = serverSide(c).listeners('consume')[0] as (...args: unknown[]) => void;
    listener({ transportId: 'x' });
    c.socket.emit('consume', { transportId: 'x' });
    const deadline = Date.now() + 5000;
    while (errors.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(errors).toHaveLength(2);
    expect(errors[1]).toEqual(errors[0]);
    expect(errors[0]).toMatchObject({ event: 'consume', ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it("counts direct requests against the socket's bucket: past it, RATE_LIMITED before any check", async () => {
    const c = await pool.open();
    const events = ['consume', 'transport.connect', 'room.join', 'consumer.resume'];
    // LIVE_SOCKET_EVENT_RATE=1:3000 here: 3000 at once, then about one a second.
    const acks = await Promise.all(
      Array.from({ length: 3400 }, (_, i) => c.ack(events[i % 4], i % 8 < 4 ? { bad: true } : examples[events[i % 4]])),
    );
    const codes = acks.map((a) => (a.ok ? 'ok' : a.error.code));
    expect(codes.slice(0, 3000)).not.toContain('RATE_LIMITED');
    expect(new Set(codes.slice(0, 3000))).toEqual(new Set(['VALIDATION_FAILED', 'NOT_IN_ROOM', 'LIVE_SESSION_NOT_FOUND']));
    expect(codes.slice(3000).filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThan(390);
  });
});
