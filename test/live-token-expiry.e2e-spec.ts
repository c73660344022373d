import { httpClient } from './support/http';
import { TestLiveClient } from './support/live-client';
import { createSession, demoLogins, DemoLogins, newBuyer, within } from './support/live-fixture';
import { startProductionApp, TestApp } from './support/test-app';

/** The exp claim of a JWT, epoch seconds. */
const expOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { exp: number }).exp;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A socket is who its token says only while the token holds (JWT_TTL=5s here).
 * @serial: a login and a join must fit inside the 5 s token, so this runs on a quiet machine (scripts/run-jest.mjs).
 */
describe('live sockets follow their token', () => {
  let t: TestApp;
  let demo: DemoLogins;
  let sessionId: string;
  const clients: TestLiveClient[] = [];
  const open = async (token?: string) => {
    const c = await TestLiveClient.connect(t.url, token);
    clients.push(c);
    return c;
  };
  const expired = (c: TestLiveClient) =>
    new Promise<{ reason: string; disconnected: string }>((resolve) => {
      let reason = '';
      c.socket.on('session.expired', (e: { reason: string }) => (reason = e.reason));
      c.socket.on('disconnect', (why) => resolve({ reason, disconnected: why }));
    });

  beforeAll(async () => {
    t = await startProductionApp('livetoken', { DEMO_DATA: 'true', JWT_TTL: '5s' });
    demo = await demoLogins(t);
    sessionId = await createSession(t.url, demo.staff, demo.boothId);
  });

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await t?.close();
  });

  it('disconnects a socket when its token expires (it chatted on while /api/auth/me answered 401)', async () => {
    const user = await newBuyer(t.url);
    const c = await open(user.token);
    const gone = expired(c);
    await c.request('room.join', { sessionId, as: 'viewer' });
    await c.request('chat.send', { text: '令牌还有效' });
    const ended = await within(gone, 20_000);
    expect(ended).toEqual({ reason: 'expired', disconnected: 'io server disconnect' });
    expect((await httpClient(t.url).get('/api/auth/me', user.token)).status).toBe(401);
  });

  it('keeps a socket that swapped in a newer token with session.refresh, and refuses tokens of others', async () => {
    const user = await newBuyer(t.url);
    const c = await open(user.token);
    const gone = expired(c);
    const anon = await open();
    expect(await anon.errorCode('session.refresh', { token: user.token })).toBe('AUTH_REQUIRED');
    expect(await c.errorCode('session.refresh', { token: 'not.a.token' })).toBe('AUTH_INVALID_TOKEN');
    expect(await c.errorCode('session.refresh', { token: (await newBuyer(t.url)).token })).toBe('AUTH_INVALID_TOKEN');
    await sleep(2500);
    const fresh = (await newLogin(t.url, user.email)) ?? '';
    expect(expOf(fresh)).toBeGreaterThanOrEqual(expOf(user.token) + 2);
    const refreshed = await c.request('session.refresh', { token: fresh });
    expect(Date.parse(refreshed.expiresAt) / 1000).toBe(expOf(fresh));
    // Past the first token's expiry, still connected and chatting; then gone at the new one's.
    await sleep(expOf(user.token) * 1000 + 1000 - Date.now());
    expect(c.socket.connected).toBe(true);
    await c.request('session.whoami', {});
    expect(await within(gone, 20_000)).toEqual({ reason: 'expired', disconnected: 'io server disconnect' });
  });
});

async function newLogin(url: string, email: string): Promise<string | undefined> {
  return (await httpClient(url).post('/api/auth/login', { email, password: 'buyer-pass-1' })).body.accessToken;
}
