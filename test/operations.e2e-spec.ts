import { io, Socket } from 'socket.io-client';
import { httpClient } from './support/http';
import { demoPassword, startProductionApp, TEST_METRICS_TOKEN, TestApp } from './support/test-app';

describe('operations: health, metrics, OpenAPI, socket handshake (MariaDB + Redis)', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;
  let token: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startProductionApp('ops', { DEMO_DATA: 'true', METRICS_TOKEN: TEST_METRICS_TOKEN });
    http = httpClient(t.url);
    token = (await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) })).body
      .accessToken;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t?.close();
  });

  function connect(auth?: Record<string, unknown>): Socket {
    const s = io(`${t.url}/live`, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(s);
    return s;
  }

  const connected = (s: Socket) =>
    new Promise<void>((resolve, reject) => {
      s.once('connect', () => resolve());
      s.once('connect_error', reject);
    });

  it('/health reports database, queue and mediasoup workers up to the METRICS_TOKEN bearer', async () => {
    const r = await http.get('/health', TEST_METRICS_TOKEN);
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('ok');
    expect(r.body.info.database).toMatchObject({ status: 'up', engine: 'mariadb' });
    expect(r.body.info.queue).toMatchObject({ status: 'up', driver: 'bull' });
    expect(r.body.info.mediasoup).toMatchObject({ status: 'up', workers: 1 });
  });

  it('/metrics exposes Prometheus text with HTTP timings to the METRICS_TOKEN bearer', async () => {
    await http.get('/api/expos');
    const r = await http.get('/metrics', TEST_METRICS_TOKEN);
    expect(r.status).toBe(200);
    expect(r.body).toContain('livefair_http_request_duration_seconds_bucket');
    expect(r.body).toMatch(/route="\/api\/expos"/);
    expect(r.body).toContain('livefair_process_cpu_seconds_total');
  });

  it('/metrics counts the requests a guard refused and those no API route took, by route pattern', async () => {
    expect((await http.get('/api/my/booths')).status).toBe(401);
    expect((await http.get('/api/no-such-thing')).status).toBe(404);
    const r = await http.get('/metrics', TEST_METRICS_TOKEN);
    const counts = r.body.split('\n').filter((l: string) => l.startsWith('livefair_http_request_duration_seconds_count'));
    expect(counts).toContainEqual(expect.stringMatching(/route="\/api\/my\/booths",status="401"/));
    expect(counts).toContainEqual(expect.stringMatching(/status="404"/));
    // Labels are route patterns, never the raw path (a scanner's URLs must not grow the series).
    expect(counts.join('\n')).not.toContain('no-such-thing');
  });

  it('/metrics is off (404) in a process without METRICS_TOKEN', async () => {
    const other = await startProductionApp('ops_nometrics');
    try {
      const r = await httpClient(other.url).get('/metrics');
      expect(r.status).toBe(404);
      expect(r.body.code).toBe('NOT_FOUND');
      expect((await httpClient(other.url).get('/health')).body).toEqual({ status: 'ok' });
    } finally {
      await other.close();
    }
  });

  it('serves the OpenAPI document', async () => {
    const r = await http.get('/api/docs/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toMatch(/^3\./);
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/register', '/api/auth/login', '/api/expos/{id}', '/health']),
    );
  });

  it('authenticates the socket.io handshake with the same token', async () => {
    const s = connect({ token });
    await connected(s);
    const ack = await s.timeout(5000).emitWithAck('session.whoami', {});
    expect(ack).toMatchObject({ ok: true, data: { role: 'exhibitor', displayName: '陈店长' } });
  });

  it('lets an anonymous socket connect as nobody', async () => {
    const s = connect();
    await connected(s);
    expect(await s.timeout(5000).emitWithAck('session.whoami', {})).toEqual({ ok: true, data: null });
  });

  it('refuses a bad token at the handshake with a code', async () => {
    const s = connect({ token: 'garbage.token.here' });
    const err = await new Promise<Error & { data?: { code: string } }>((resolve) => s.once('connect_error', resolve));
    expect(err.data?.code).toBe('AUTH_INVALID_TOKEN');
  });

  it('ignores unknown events and malformed payloads; the server stays up', async () => {
    const s = connect({ token });
    await connected(s);
    s.emit('no.such.event', { x: 1 });
    s.emit('session.whoami', 'not-an-object');
    expect(await s.timeout(5000).emitWithAck('session.whoami', {})).toMatchObject({ ok: true });
    expect((await http.get('/health')).status).toBe(200);
  });
});
