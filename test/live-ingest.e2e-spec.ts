import type { ChildProcess } from 'node:child_process';
import { RoomRegistry, WorkerPool } from '@livefair/live';
import { requireFfmpeg, sendTestPattern, stopProcess } from './support/ffmpeg';
import { httpClient } from './support/http';
import { TestLiveClient } from './support/live-client';
import { sessionWithKey } from './support/live-fixture';
import { demoPassword, startProductionApp, TEST_METRICS_TOKEN, TestApp } from './support/test-app';

async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`condition not met in ${ms} ms; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('RTP ingest, fan-out over workers, worker failure (real mediasoup, real ffmpeg)', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;
  let staff: string;
  let buyer: string;
  let boothId: string;
  const clients: TestLiveClient[] = [];
  const procs: ChildProcess[] = [];

  const client = async (token?: string) => {
    const c = await TestLiveClient.connect(t.url, token);
    clients.push(c);
    return c;
  };

  const newSession = (title: string) => sessionWithKey(t.url, staff, boothId, title);

  async function ingest(sessionId: string, key: string) {
    const res = await fetch(`${t.url}/ingest/rtp/${sessionId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ video: 'vp8', audio: true }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  }

  beforeAll(async () => {
    requireFfmpeg();
    t = await startProductionApp('ingest', {
      DEMO_DATA: 'true',
      MEDIASOUP_WORKERS: '2',
      LIVE_ROUTER_MAX_CONSUMERS: '2',
      LIVE_ABANDON_SECONDS: '5',
      METRICS_TOKEN: TEST_METRICS_TOKEN,
    });
    http = httpClient(t.url);
    staff = (await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) })).body
      .accessToken;
    buyer = (await http.post('/api/auth/login', { email: 'buyer@demo.livefair.cn', password: demoPassword(t) })).body.accessToken;
    boothId = (await http.get('/api/my/booths', staff)).body[0].id;
  });

  afterAll(async () => {
    await Promise.all(procs.map(stopProcess));
    clients.forEach((c) => c.close());
    await t?.close();
  });

  it('refuses ingest without the stream key, or with a wrong or revoked one (401)', async () => {
    const { id, key } = await newSession('密钥测试');
    const none = await http.request('POST', `/ingest/rtp/${id}`, { raw: JSON.stringify({ video: 'vp8' }) });
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('STREAM_KEY_INVALID');
    expect((await ingest(id, 'wrong-key-wrong-key-wrong-key-00')).status).toBe(401);
    const rotated = await http.post(`/api/live-sessions/${id}/ingest/rotate`, {}, staff);
    expect(rotated.body.streamKey).not.toBe(key);
    expect((await ingest(id, key)).status).toBe(401);
  });

  it('takes an ffmpeg RTP stream: the session goes live, viewers are told, the studio sees bitrate; a second publisher gets 409', async () => {
    const { id, key } = await newSession('ffmpeg 推流');
    const viewer = await client(buyer);
    await viewer.request('room.join', { sessionId: id, as: 'viewer' });
    const added = viewer.next('room.producerAdded', 10_000, (p) => p.kind === 'video');
    const opened = await ingest(id, key);
    expect(opened.status).toBe(201);
    expect(opened.body.video).toMatchObject({ payloadType: 101, codec: 'video/VP8' });
    // The producer appears with the first packet from the expected source.
    procs.push(sendTestPattern(opened.body.video, opened.body.audio));
    expect((await added).source).toBe('rtp');
    const mod = await client(staff);
    await mod.request('room.join', { sessionId: id, as: 'publisher' });
    const health = await eventually(
      () => mod.request('stream.health', {}),
      (h) => h.producers.some((p) => p.kind === 'video' && p.bitrateBps > 200_000),
    );
    expect(health.producers.find((p) => p.kind === 'audio')!.bitrateBps).toBeGreaterThan(10_000);
    expect((await http.get(`/api/live-sessions/${id}`)).body.status).toBe('live');
    expect((await http.get(`/api/booths/${boothId}`)).body.liveStatus).toBe('live');
    expect((await ingest(id, key)).status).toBe(409);
    const closed = viewer.next('room.producerClosed');
    const del = await fetch(`${t.url}/ingest/rtp/${id}/${opened.body.resourceId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(del.status).toBe(200);
    await closed;
  });

  it('ends a live session by itself when its publisher left and did not come back', async () => {
    const { id, key } = await newSession('无人值守');
    const opened = await ingest(id, key);
    procs.push(sendTestPattern(opened.body.video, opened.body.audio));
    const viewer = await client();
    await viewer.request('room.join', { sessionId: id, as: 'viewer' });
    await eventually(
      async () => (await http.get(`/api/live-sessions/${id}`)).body.status,
      (s) => s === 'live',
    );
    const ended = viewer.next('room.status', 15_000, (e) => e.status === 'ended');
    await fetch(`${t.url}/ingest/rtp/${id}/${opened.body.resourceId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${key}` },
    });
    const t0 = Date.now();
    await ended;
    expect(Date.now() - t0).toBeGreaterThanOrEqual(4000);
    expect((await http.get(`/api/live-sessions/${id}`)).body.status).toBe('ended');
  });

  it('places viewers past the per-router threshold on a router on another worker, piping the producers once', async () => {
    const { id, key } = await newSession('分流测试');
    const opened = await ingest(id, key);
    procs.push(sendTestPattern(opened.body.video, opened.body.audio));
    const room = t.app.get(RoomRegistry).get(id)!;
    await eventually(
      async () => room.producerViews().length,
      (n) => n === 2,
    );
    expect(room.routerCount).toBe(1);
    const consumeAll = async (c: TestLiveClient) => {
      const j = await c.request('room.join', { sessionId: id, as: 'viewer' });
      const tr = await c.request('transport.create', { direction: 'recv' });
      for (const p of j.producers) {
        await c.request('consume', { transportId: tr.id, producerId: p.producerId, rtpCapabilities: j.routerRtpCapabilities });
      }
    };
    await consumeAll(await client(buyer)); // 2 consumers: the first router is now full
    expect(room.routerCount).toBe(1);
    await consumeAll(await client());
    expect(room.routerCount).toBe(2);
    expect(new Set(room.workerPids).size).toBe(2);
    await consumeAll(await client());
    expect(room.routerCount).toBe(2);
  });

  it('survives kill -9 of a mediasoup worker: the worker is replaced, viewers are told to rejoin, and can', async () => {
    const { id, key } = await newSession('故障恢复');
    const opened = await ingest(id, key);
    procs.push(sendTestPattern(opened.body.video, opened.body.audio));
    const viewer = await client(buyer);
    await viewer.request('room.join', { sessionId: id, as: 'viewer' });
    const pool = t.app.get(WorkerPool);
    const room = t.app.get(RoomRegistry).get(id)!;
    const victim = room.workerPids[0];
    const reset = viewer.next('room.reset', 10_000);
    process.kill(victim, 'SIGKILL');
    expect((await reset).reason).toMatch(/restart/);
    await eventually(
      async () => pool.all().length,
      (n) => n === 2,
    );
    expect(pool.all().map((w) => w.pid)).not.toContain(victim);
    expect((await http.get('/health', TEST_METRICS_TOKEN)).body.info.mediasoup).toMatchObject({ status: 'up', workers: 2 });
    // The encoder re-opens its ingest (as OBS reconnects), the viewer rejoins by itself.
    const again = await ingest(id, key);
    expect(again.status).toBe(201);
    procs.push(sendTestPattern(again.body.video, again.body.audio));
    const j = await eventually(
      () => viewer.request('room.join', { sessionId: id, as: 'viewer' }),
      (join) => join.producers.length === 2,
    );
    expect(j.producers.map((p) => p.kind).sort()).toEqual(['audio', 'video']);
  });
});
