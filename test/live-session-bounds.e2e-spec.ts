import { RoomRegistry } from '@livefair/live';
import { httpClient } from './support/http';
import { TestLiveClient } from './support/live-client';
import { createSession, demoLogins, DemoLogins, eventually, within } from './support/live-fixture';
import { publishSynthetic } from './support/live-media';
import { startProductionApp, TestApp } from './support/test-app';

/** Sessions per booth, rooms only while needed, scheduled sessions that expire (issue 15, item 6). */
describe('bounded live sessions and rooms', () => {
  let t: TestApp;
  let demo: DemoLogins;
  const clients: TestLiveClient[] = [];
  const open = async (token?: string) => {
    const c = await TestLiveClient.connect(t.url, token);
    clients.push(c);
    return c;
  };
  const active = async () =>
    ((await httpClient(t.url).get(`/api/booths/${demo.boothId}/live-sessions`)).body as { status: string }[]).filter(
      (s) => s.status !== 'ended',
    ).length;

  beforeAll(async () => {
    t = await startProductionApp('livebounds', {
      DEMO_DATA: 'true',
      LIVE_MAX_SESSIONS_PER_BOOTH: '6',
      LIVE_ROOM_IDLE_SECONDS: '1',
      LIVE_SCHEDULED_EXPIRY: '4s',
    });
    demo = await demoLogins(t);
  });

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await t?.close();
  });

  it('caps scheduled + live sessions per booth, also under a burst of creates (409 LIVE_SESSION_LIMIT)', async () => {
    const http = httpClient(t.url);
    const before = await active();
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        http.post(`/api/booths/${demo.boothId}/live-sessions`, { title: `并发 ${i}` }, demo.staff),
      ),
    );
    const created = burst.filter((r) => r.status === 201).length;
    expect(created).toBe(Math.max(0, 6 - before));
    for (const r of burst.filter((r) => r.status !== 201)) expect([r.status, r.body.code]).toEqual([409, 'LIVE_SESSION_LIMIT']);
    expect(await active()).toBe(6);
  });

  it('ends scheduled sessions that never start, and tells viewers waiting in them', async () => {
    // The sessions of the previous test expire too (LIVE_SCHEDULED_EXPIRY=4s), freeing the quota.
    await eventually(async () => (await active()) === 0, 30_000, 'every scheduled session expired');
    const sessionId = await createSession(t.url, demo.staff, demo.boothId);
    const viewer = await open();
    await viewer.request('room.join', { sessionId, as: 'viewer' });
    const told = within(
      viewer.next('room.status', 30_000, (e) => e.status === 'ended'),
      30_000,
    );
    expect(await told).toEqual({ status: 'ended' });
    const view = (await httpClient(t.url).get(`/api/live-sessions/${sessionId}`)).body;
    expect(view).toMatchObject({ status: 'ended', startedAt: null });
    expect((await httpClient(t.url).get(`/api/booths/${demo.boothId}`)).body.liveStatus).toBe('offline');
    expect(await viewer.errorCode('transport.create', { direction: 'recv' })).toBe('LIVE_SESSION_ENDED');
  });

  it('opens no router for viewers of a session that has not started; they get the video when it starts', async () => {
    const registry = t.app.get(RoomRegistry);
    const sessionId = await createSession(t.url, demo.staff, demo.boothId, {
      scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    const viewer = await open();
    const join = await viewer.request('room.join', { sessionId, as: 'viewer' });
    expect(join.routerRtpCapabilities).toHaveProperty('codecs');
    expect(join.producers).toEqual([]);
    expect(join.viewerCount).toBe(1);
    expect(registry.get(sessionId)).toBeUndefined();
    expect(await viewer.errorCode('transport.create', { direction: 'recv' })).toBe('LIVE_NOT_STARTED');

    // The studio starts: the waiting viewer is told and can consume.
    const added = viewer.next('room.producerAdded', 10_000);
    const staff = await open(demo.staff);
    const { producerIds } = await publishSynthetic(staff, sessionId);
    expect(producerIds).toContain((await added).producerId);
    const { id: transportId } = await viewer.request('transport.create', { direction: 'recv' });
    const consumed = await viewer.request('consume', {
      transportId,
      producerId: producerIds[0],
      rtpCapabilities: join.routerRtpCapabilities,
    });
    expect(consumed.producerId).toBe(producerIds[0]);
  });

  it('closes the router of a session that has not gone live once its publisher leaves, even with viewers in it', async () => {
    const registry = t.app.get(RoomRegistry);
    const sessionId = await createSession(t.url, demo.staff, demo.boothId, {
      scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    const staff = await open(demo.staff);
    await staff.request('room.join', { sessionId, as: 'publisher' });
    expect(registry.get(sessionId)).toBeDefined();
    const viewer = await open();
    await viewer.request('room.join', { sessionId, as: 'viewer' });
    await viewer.request('transport.create', { direction: 'recv' });
    const reset = viewer.next('room.reset', 15_000);
    staff.close();
    await reset;
    await eventually(() => registry.get(sessionId) === undefined, 15_000, 'room closed');
    // Rejoining puts the viewer back in the channel, waiting, without a router.
    expect((await viewer.request('room.join', { sessionId, as: 'viewer' })).producers).toEqual([]);
    expect(registry.get(sessionId)).toBeUndefined();
  });
});
