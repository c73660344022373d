import { io, Socket } from 'socket.io-client';
import { httpClient } from './support/http';
import { demoPassword, startProductionApp, TEST_METRICS_TOKEN, TestApp } from './support/test-app';

const PUBLIC = 'https://expo.example.cn';
const PARTNER = 'https://partner.example.cn';
const EVIL = 'https://evil.example.com';

describe('security headers, caching, origins, operations endpoints (MariaDB + Redis)', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;
  let local: string;
  let staff: string;
  let sessionId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startProductionApp('http_hardening', {
      DEMO_DATA: 'true',
      PUBLIC_URL: PUBLIC,
      CORS_ORIGINS: PARTNER,
      METRICS_TOKEN: TEST_METRICS_TOKEN,
    });
    // t.url is PUBLIC_URL (what users are told); the test talks to the listening port.
    local = `http://localhost:${(t.app.getHttpServer().address() as { port: number }).port}`;
    http = httpClient(local);
    staff = (await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) })).body
      .accessToken;
    const booth = (await http.get('/api/my/booths', staff)).body[0].id;
    sessionId = (await http.post(`/api/booths/${booth}/live-sessions`, { title: '缓存测试' }, staff)).body.id;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t?.close();
  });

  it('sends a CSP that forbids framing and foreign scripts, nosniff and a referrer policy', async () => {
    const r = await http.get('/api/info');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(
      /connect-src 'self' ws:\/\/localhost:\d+ wss:\/\/localhost:\d+ https:\/\/partner\.example\.cn https:\/\/expo\.example\.cn wss:\/\/partner/,
    );
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    expect(r.headers.get('strict-transport-security')).toBeNull();
  });

  it('marks answers that carry tokens or stream keys Cache-Control: no-store', async () => {
    const email = `cache${Date.now()}@example.cn`;
    const reg = await http.post('/api/auth/register', { email, password: 'correct horse 1', displayName: '缓存', role: 'buyer' });
    const login = await http.post('/api/auth/login', { email, password: 'correct horse 1' });
    const ingest = await http.get(`/api/live-sessions/${sessionId}/ingest`, staff);
    const rotate = await http.post(`/api/live-sessions/${sessionId}/ingest/rotate`, undefined, staff);
    const whip = await http.request('POST', `/whip/${sessionId}`, {
      raw: 'v=0\r\n',
      contentType: 'application/sdp',
      token: 'wrong-key',
    });
    expect([reg.status, login.status, ingest.status, rotate.status]).toEqual([201, 200, 200, 200]);
    expect(typeof ingest.body.streamKey).toBe('string');
    for (const r of [reg, login, ingest, rotate, whip]) expect(r.headers.get('cache-control')).toBe('no-store');
    // No store, so nothing to revalidate: no ETag is hashed for them either.
    for (const r of [reg, login, ingest, rotate]) expect(r.headers.get('etag')).toBeNull();
  });

  function connect(origin?: string): Socket {
    const s = io(`${local}/live`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: origin ? { origin } : {},
    });
    sockets.push(s);
    return s;
  }
  const outcome = (s: Socket) =>
    new Promise<string>((resolve) => {
      s.once('connect', () => resolve('connected'));
      s.once('connect_error', (err) => resolve(`refused: ${err.message}`));
    });

  it('lets pages of this origin, PUBLIC_URL and CORS_ORIGINS open socket.io, and refuses other origins', async () => {
    expect(await outcome(connect(local))).toBe('connected');
    expect(await outcome(connect(PUBLIC))).toBe('connected');
    expect(await outcome(connect(PARTNER))).toBe('connected');
    expect(await outcome(connect())).toBe('connected'); // not a browser page (OBS, native apps)
    expect(await outcome(connect(EVIL))).toMatch(/^refused/);
  });

  it('answers CORS for the configured origins only (HTTP API and socket.io polling)', async () => {
    const preflight = (origin: string) =>
      fetch(`${local}/api/auth/login`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight(PARTNER)).headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect((await preflight(EVIL)).headers.get('access-control-allow-origin')).toBeNull();
    const poll = (origin: string) => fetch(`${local}/socket.io/?EIO=4&transport=polling`, { headers: { origin } });
    const good = await poll(PARTNER);
    expect(good.status).toBe(200);
    expect(good.headers.get('access-control-allow-origin')).toBe(PARTNER);
    const bad = await poll(EVIL);
    expect(bad.status).toBe(403);
    expect(bad.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('/health tells anyone only up or down; the details and /metrics need the METRICS_TOKEN bearer', async () => {
    const open = await http.get('/health');
    expect(open.status).toBe(200);
    expect(open.body).toEqual({ status: 'ok' });
    const detailed = await http.get('/health', TEST_METRICS_TOKEN);
    expect(detailed.body.info.database).toMatchObject({ status: 'up', engine: 'mariadb' });
    expect((await http.get('/health', 'not-the-token')).body).toEqual({ status: 'ok' });

    const anonymous = await http.get('/metrics');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('AUTH_REQUIRED');
    expect((await http.get('/metrics', 'not-the-token-either')).status).toBe(401);
    const scraped = await http.get('/metrics', TEST_METRICS_TOKEN);
    expect(scraped.status).toBe(200);
    expect(scraped.body).toContain('livefair_http_request_duration_seconds_bucket');
  });
});
