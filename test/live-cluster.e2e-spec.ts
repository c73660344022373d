import { RedisConnections } from '@livefair/core';
import { httpClient } from './support/http';
import { TestLiveClient } from './support/live-client';
import { createSession, demoLogins, DemoLogins, eventually, newBuyer, within } from './support/live-fixture';
import { startProductionApp, startSecondInstance, TestApp } from './support/test-app';

/** Two live processes on one MariaDB and Redis: viewers on both see the same numbers. */
describe('live rooms across two processes', () => {
  let a: TestApp;
  let b: TestApp;
  let demo: DemoLogins;
  const clients: TestLiveClient[] = [];
  const open = async (app: TestApp, token?: string) => {
    const c = await TestLiveClient.connect(app.url, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    a = await startProductionApp('livecluster', { DEMO_DATA: 'true' });
    b = await startSecondInstance(a);
    demo = await demoLogins(a);
  });

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await b?.close();
    await a?.close();
  });

  it("disconnect a user's sockets on every process within seconds of a logout on one", async () => {
    const user = await newBuyer(a.url);
    const onB = await open(b, user.token);
    const told = new Promise<{ reason: string }>((resolve) => onB.socket.once('session.expired', resolve));
    const gone = new Promise<string>((resolve) => onB.socket.once('disconnect', resolve));
    expect((await httpClient(a.url).post('/api/auth/logout', undefined, user.token)).status).toBe(204);
    expect(await within(told, 15_000)).toEqual({ reason: 'revoked' });
    expect(await within(gone, 5000)).toBe('io server disconnect');
    // And the token no longer opens a socket anywhere.
    await expect(TestLiveClient.connect(b.url, user.token)).rejects.toMatchObject({ data: { code: 'AUTH_INVALID_TOKEN' } });
  });

  it('sum viewers, peaks and likes over both processes, and forget a process that died', async () => {
    const sessionId = await createSession(a.url, demo.staff, demo.boothId);
    const latest = new Map<TestLiveClient, number>();
    const watch = (c: TestLiveClient) =>
      c.socket.on('viewers.count', (e: { viewerCount: number }) => latest.set(c, e.viewerCount));
    const onA = [await open(a, demo.buyer), await open(a)];
    const buyer2 = await newBuyer(a.url);
    const onB = [await open(b, buyer2.token)];
    const viewers = [...onA, ...onB];
    viewers.forEach(watch);
    for (const c of viewers) await c.request('room.join', { sessionId, as: 'viewer' });
    await eventually(() => viewers.every((c) => latest.get(c) === 3), 15_000, 'every viewer told 3 viewers');
    // A late joiner on either process is given the room's count, not its process's.
    const late = await open(b);
    expect((await late.request('room.join', { sessionId, as: 'viewer' })).viewerCount).toBe(4);
    late.close();
    await eventually(
      async () => (await httpClient(a.url).get(`/api/live-sessions/${sessionId}`)).body.peakViewers === 4,
      15_000,
      'peak 4',
    );

    // Likes: one total, whichever process takes them.
    const before = (await httpClient(a.url).get(`/api/live-sessions/${sessionId}`)).body.likeCount as number;
    await onA[0].request('like', { count: 3 });
    expect((await onB[0].request('like', { count: 2 })).likeCount).toBe(before + 5);
    await Promise.all(viewers.map((c) => c.next('likes.count', 10_000, (e) => e.likeCount === before + 5)));
    await eventually(
      async () => (await httpClient(b.url).get(`/api/live-sessions/${sessionId}`)).body.likeCount === before + 5,
      15_000,
      'likes stored',
    );

    // Process B loses Redis (as a crashed or cut-off node would): its viewer stops counting.
    b.app.get(RedisConnections).client().disconnect();
    await eventually(() => onA.every((c) => latest.get(c) === 2), 20_000, 'viewers on A told 2 once B is gone');
  });
});
