import { RoomRegistry, SfuRoom } from '@livefair/live';
import { httpClient } from './support/http';
import { TestLiveClient } from './support/live-client';
import { publishSynthetic, SYNTHETIC_TRACKS, watch } from './support/live-media';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

/** Boots an app with the demo expo; returns what the tests in one describe share. */
function liveApp(tag: string, env: NodeJS.ProcessEnv) {
  const ctx = {} as {
    t: TestApp;
    http: ReturnType<typeof httpClient>;
    staff: string;
    boothId: string;
    clients: TestLiveClient[];
  };
  beforeAll(async () => {
    // These floods test the media caps; the event rate limits that would stop them first are tested in live-rooms-abuse.
    const noEventLimits = { LIVE_SOCKET_EVENT_RATE: '100000:100000', LIVE_IP_EVENT_RATE: '100000:100000' };
    ctx.t = await startProductionApp(tag, { DEMO_DATA: 'true', ...noEventLimits, ...env });
    ctx.http = httpClient(ctx.t.url);
    ctx.staff = (
      await ctx.http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(ctx.t) })
    ).body.accessToken;
    ctx.boothId = (await ctx.http.get('/api/my/booths', ctx.staff)).body[0].id;
    ctx.clients = [];
  });
  afterAll(async () => {
    ctx.clients?.forEach((c) => c.close());
    await ctx.t?.close();
  });
  return {
    ctx,
    client: async (token?: string) => {
      const c = await TestLiveClient.connect(ctx.t.url, token);
      ctx.clients.push(c);
      return c;
    },
    session: async (title: string): Promise<string> =>
      (await ctx.http.post(`/api/booths/${ctx.boothId}/live-sessions`, { title }, ctx.staff)).body.id,
    room: (id: string): SfuRoom => ctx.t.app.get(RoomRegistry).get(id)!,
  };
}

describe('live media under abuse: what one peer may hold (real mediasoup, socket.io)', () => {
  const { ctx, client, session, room } = liveApp('abuse', {});

  it('caps one socket at two receive transports: more creations recycle idle ones, a third beside two in use is refused', async () => {
    const id = await session('接收通道上限');
    const { producerIds } = await publishSynthetic(await client(ctx.staff), id);
    const attacker = await client();
    const join = await attacker.request('room.join', { sessionId: id, as: 'viewer' });
    // 200 idle receive transports from one anonymous socket: the worker holds at most two of them.
    for (let i = 0; i < 200; i++) await attacker.request('transport.create', { direction: 'recv' });
    const loads = await room(id).routerLoads();
    expect(loads.reduce((n, l) => n + l.transports, 0)).toBe(1 + 2); // the publisher's send transport + two
    // Two in use (one consumer each): a third is refused.
    const a = await attacker.request('transport.create', { direction: 'recv' });
    const b = await attacker.request('transport.create', { direction: 'recv' });
    await attacker.request('consume', {
      transportId: a.id,
      producerId: producerIds[0],
      rtpCapabilities: join.routerRtpCapabilities,
    });
    await attacker.request('consume', {
      transportId: b.id,
      producerId: producerIds[1],
      rtpCapabilities: join.routerRtpCapabilities,
    });
    expect(await attacker.errorCode('transport.create', { direction: 'recv' })).toBe('TRANSPORT_LIMIT');
    // An honest viewer beside it is served as usual.
    expect((await watch(await client(), id)).consumerIds).toHaveLength(2);
    expect((await ctx.http.get('/health')).status).toBe(200);
  });

  it('gives one consumer per producer per socket: consuming it again answers ALREADY_CONSUMING, on any transport', async () => {
    const id = await session('重复消费');
    const { producerIds } = await publishSynthetic(await client(ctx.staff), id);
    const viewer = await client();
    const { join, transportId } = await watch(viewer, id);
    const again = { transportId, producerId: producerIds[0], rtpCapabilities: join.routerRtpCapabilities };
    const results = await Promise.all(Array.from({ length: 20 }, () => viewer.ack('consume', again)));
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(Array(20).fill('ALREADY_CONSUMING'));
    const other = await viewer.request('transport.create', { direction: 'recv' });
    expect(await viewer.errorCode('consume', { ...again, transportId: other.id })).toBe('ALREADY_CONSUMING');
    const loads = await room(id).routerLoads();
    expect(loads.reduce((n, l) => n + l.consumers, 0)).toBe(2);
  });

  it('refuses a device with no codec in common (CANNOT_CONSUME) and malformed capabilities (MEDIA_PARAMS_INVALID), holding nothing', async () => {
    const id = await session('编解码不匹配');
    const { producerIds } = await publishSynthetic(await client(ctx.staff), id);
    const viewer = await client();
    const join = await viewer.request('room.join', { sessionId: id, as: 'viewer' });
    const { id: transportId } = await viewer.request('transport.create', { direction: 'recv' });
    const caps = join.routerRtpCapabilities as { codecs: { mimeType: string }[]; headerExtensions: unknown[] };
    // Opus and H.264 only: the synthetic video track is VP8.
    const noVp8 = { ...caps, codecs: caps.codecs.filter((c) => !/VP8|rtx/i.test(c.mimeType)) };
    const video = room(id)
      .producerViews()
      .find((p) => p.kind === 'video')!.producerId;
    expect(await viewer.errorCode('consume', { transportId, producerId: video, rtpCapabilities: noVp8 })).toBe('CANNOT_CONSUME');
    expect(await viewer.errorCode('consume', { transportId, producerId: video, rtpCapabilities: { codecs: 'VP8' } })).toBe(
      'MEDIA_PARAMS_INVALID',
    );
    expect((await room(id).routerLoads()).reduce((n, l) => n + l.consumers, 0)).toBe(0);
    // Refused attempts hold no place: the same device with the right capabilities gets both tracks.
    for (const producerId of producerIds) {
      await viewer.request('consume', { transportId, producerId, rtpCapabilities: join.routerRtpCapabilities });
    }
    expect((await room(id).routerLoads()).reduce((n, l) => n + l.consumers, 0)).toBe(2);
  });

  it('caps a publisher at one send transport in use and one track per kind', async () => {
    const id = await session('推流上限');
    const staff = await client(ctx.staff);
    const { transportId } = await publishSynthetic(staff, id);
    expect(
      await staff.errorCode('produce', { transportId, kind: 'video', rtpParameters: SYNTHETIC_TRACKS.video, source: 'screen' }),
    ).toBe('TRACK_LIMIT');
    expect(await staff.errorCode('transport.create', { direction: 'send' })).toBe('TRANSPORT_LIMIT');
    expect(room(id).producerViews()).toHaveLength(2);
  });

  it('lets a studio that stopped go live again: its idle send transport makes room for a new one', async () => {
    const id = await session('重新开播');
    const staff = await client(ctx.staff);
    const first = await publishSynthetic(staff, id);
    for (const producerId of first.producerIds) await staff.request('producer.close', { producerId });
    const { id: transportId } = await staff.request('transport.create', { direction: 'send' });
    await staff.request('produce', { transportId, kind: 'video', rtpParameters: SYNTHETIC_TRACKS.video, source: 'camera' });
    const loads = await room(id).routerLoads();
    expect(loads.reduce((n, l) => n + l.transports, 0)).toBe(1);
  });
});

describe('live media under abuse: a small port range (real mediasoup, socket.io)', () => {
  // 30 ports on one worker, 4 of them kept for publishers; above the kernel's ephemeral range.
  const base = 61000 + Math.floor(Math.random() * 100) * 40;
  const { ctx, client, session } = liveApp('ports', {
    MEDIASOUP_WORKERS: '1',
    RTC_MIN_PORT: String(base),
    RTC_MAX_PORT: String(base + 29),
    RTC_RESERVED_PORTS: '4',
  });

  it('one socket cannot drain the ports; when viewers do use them up they get MEDIA_CAPACITY and the publisher still republishes', async () => {
    const id = await session('端口耗尽');
    const staff = await client(ctx.staff);
    const { producerIds } = await publishSynthetic(staff, id);
    const attacker = await client();
    await attacker.request('room.join', { sessionId: id, as: 'viewer' });
    for (let i = 0; i < 100; i++) await attacker.request('transport.create', { direction: 'recv' });
    expect((await watch(await client(), id)).consumerIds).toHaveLength(2);

    // Many sockets (capped per IP elsewhere) fill what viewers may take: a clear code, not INTERNAL_ERROR.
    let refused: string | null = null;
    const crowd: TestLiveClient[] = [];
    for (let i = 0; i < 30 && !refused; i++) {
      const c = await client();
      crowd.push(c);
      await c.request('room.join', { sessionId: id, as: 'viewer' });
      for (let k = 0; k < 2 && !refused; k++) {
        const ack = await c.ack('transport.create', { direction: 'recv' });
        if (!ack.ok) refused = ack.error.code;
      }
    }
    expect(refused).toBe('MEDIA_CAPACITY');

    // The publisher drops its track and publishes again, and another booth session can start, on the kept ports.
    for (const producerId of producerIds) await staff.request('producer.close', { producerId });
    const { id: transportId } = await staff.request('transport.create', { direction: 'send' });
    await staff.request('produce', { transportId, kind: 'video', rtpParameters: SYNTHETIC_TRACKS.video, source: 'camera' });
    const other = await client(ctx.staff);
    await other.request('room.join', { sessionId: await session('另一场'), as: 'publisher' });
    await other.request('transport.create', { direction: 'send' });

    // Viewers who leave give their ports back.
    crowd.forEach((c) => c.close());
    const late = await client();
    const deadline = Date.now() + 5000;
    let ok = false;
    await late.request('room.join', { sessionId: id, as: 'viewer' });
    while (!ok && Date.now() < deadline) {
      ok = (await late.ack('transport.create', { direction: 'recv' })).ok;
      if (!ok) await new Promise((r) => setTimeout(r, 100));
    }
    expect(ok).toBe(true);
    expect((await ctx.http.get('/health')).status).toBe(200);
  });
});

describe('fan-out placement under a burst of joins (real mediasoup, socket.io)', () => {
  const { ctx, client, session, room } = liveApp('burst', { MEDIASOUP_WORKERS: '3', LIVE_ROUTER_MAX_CONSUMERS: '4' });

  it('spreads viewers who join, open transports and consume all at once over routers as configured', async () => {
    const id = await session('并发进场');
    await publishSynthetic(await client(ctx.staff), id);
    const viewers = await Promise.all(Array.from({ length: 6 }, () => client()));
    const watched = await Promise.all(viewers.map((v) => watch(v, id)));
    expect(watched.map((w) => w.consumerIds.length)).toEqual(Array(6).fill(2));
    const loads = await room(id).routerLoads();
    // 12 consumers, 4 per router, one router per worker.
    expect(loads.map((l) => l.consumers)).toEqual([4, 4, 4]);
    expect(new Set(loads.map((l) => l.workerPid)).size).toBe(3);

    // Past what the routers take, the next burst is shared out evenly rather than piled on one.
    const more = await Promise.all(Array.from({ length: 3 }, () => client()));
    await Promise.all(more.map((v) => watch(v, id)));
    expect((await room(id).routerLoads()).map((l) => l.consumers)).toEqual([6, 6, 6]);
  });
});
