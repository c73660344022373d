import type { ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { RoomRegistry } from '@livefair/live';
import { requireFfmpeg, RtpTargetLike, sendTestPattern, stopProcess } from './support/ffmpeg';
import { httpClient } from './support/http';
import { TestLiveClient } from './support/live-client';
import { sessionWithKey } from './support/live-fixture';
import { publishSynthetic } from './support/live-media';
import { demoPassword, startApiProcess, startProductionApp, TestApp } from './support/test-app';

/** RTP packets with the ingest's SSRC and payload type but no real media, as a port scanner's stream would be. */
async function sendForeignRtp(target: RtpTargetLike, to: string, from: string, count = 50): Promise<void> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind({ address: from }, resolve));
  for (let seq = 0; seq < count; seq++) {
    const packet = Buffer.alloc(112);
    packet[0] = 0x80;
    packet[1] = target.payloadType;
    packet.writeUInt16BE(seq, 2);
    packet.writeUInt32BE(seq * 3000, 4);
    packet.writeUInt32BE(target.ssrc, 8);
    await new Promise<void>((resolve) => socket.send(packet, target.port, to, () => resolve()));
  }
  socket.close();
}

describe('RTP ingest keys, silence and claims (real mediasoup, real ffmpeg, MariaDB + Redis)', () => {
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

  async function ingest(sessionId: string, key: string, extra: Record<string, unknown> = {}) {
    const r = await http.request('POST', `/ingest/rtp/${sessionId}`, {
      token: key,
      raw: JSON.stringify({ video: 'vp8', audio: true, ...extra }),
    });
    return r as { status: number; body: Record<string, any> };
  }

  /** An ffmpeg RTP broadcast a viewer sees start; returns the viewer and the encoder. */
  async function broadcast(id: string, key: string, extra: Record<string, unknown> = {}) {
    const viewer = await client(buyer);
    await viewer.request('room.join', { sessionId: id, as: 'viewer' });
    const video = viewer.next('room.producerAdded', 15_000, (p) => p.kind === 'video');
    const opened = await ingest(id, key, extra);
    expect(opened.status).toBe(201);
    const ffmpeg = sendTestPattern(opened.body.video, opened.body.audio);
    procs.push(ffmpeg);
    const producerId = (await video).producerId;
    return { viewer, ffmpeg, opened, producerId };
  }

  beforeAll(async () => {
    requireFfmpeg();
    t = await startProductionApp('ingest-abuse', {
      DEMO_DATA: 'true',
      LIVE_INGEST_SILENCE_SECONDS: '3',
      LIVE_INGEST_START_SECONDS: '8',
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

  it('rotating the stream key stops the running ingest that used the old one', async () => {
    const { id, key } = await newSession('换密钥断流');
    const { viewer, producerId } = await broadcast(id, key);
    const closed = viewer.next('room.producerClosed', 10_000, (p) => p.producerId === producerId);
    expect((await http.post(`/api/live-sessions/${id}/ingest/rotate`, {}, staff)).status).toBe(200);
    await closed;
    expect(t.app.get(RoomRegistry).get(id)?.producerViews() ?? []).toEqual([]);
  });

  it('so does a rotation in another process (an API process on the same MariaDB and Redis)', async () => {
    const api = await startApiProcess(t.config);
    try {
      const { id, key } = await newSession('跨进程换密钥');
      const { viewer, producerId } = await broadcast(id, key);
      const closed = viewer.next('room.producerClosed', 10_000, (p) => p.producerId === producerId);
      expect((await httpClient(api.url).post(`/api/live-sessions/${id}/ingest/rotate`, {}, staff)).status).toBe(200);
      await closed;
    } finally {
      await api.close();
    }
  });

  it('releases an ingest whose encoder died without a DELETE, so the session takes a new one', async () => {
    const { id, key } = await newSession('编码器崩溃');
    const { viewer, ffmpeg, producerId } = await broadcast(id, key);
    const closed = viewer.next('room.producerClosed', 15_000, (p) => p.producerId === producerId);
    await stopProcess(ffmpeg);
    await closed;
    expect((await ingest(id, key)).status).toBe(201);
  });

  it('gives an encoder that starts sending later than the silence window the start window to begin', async () => {
    // An encoder on a busy machine (or a script's user pasting the ports) may send its first packet
    // seconds after the ingest opened; silence counts only once something came.
    const { id, key } = await newSession('编码器慢启动');
    const viewer = await client(buyer);
    await viewer.request('room.join', { sessionId: id, as: 'viewer' });
    const opened = await ingest(id, key);
    expect(opened.status).toBe(201);
    await new Promise((r) => setTimeout(r, 5000));
    const video = viewer.next('room.producerAdded', 15_000, (p) => p.kind === 'video');
    procs.push(sendTestPattern(opened.body.video, opened.body.audio));
    await video;
  });

  it('releases an ingest whose encoder never sent a packet once the start window is over', async () => {
    const { id, key } = await newSession('编码器未启动');
    const openedAt = Date.now();
    expect((await ingest(id, key)).status).toBe(201);
    let again = await ingest(id, key);
    expect(again.body.code).toBe('ALREADY_PUBLISHING');
    while (again.status === 409 && Date.now() - openedAt < 20_000) {
      await new Promise((r) => setTimeout(r, 250));
      again = await ingest(id, key);
    }
    expect(again.status).toBe(201);
    // Not released by the 3 s silence rule: held for the 8 s start window.
    expect(Date.now() - openedAt).toBeGreaterThanOrEqual(7500);
  });

  it('lets booth staff kick the publisher (RTP ingest or a browser socket); others get NOT_BOOTH_STAFF', async () => {
    const { id, key } = await newSession('踢下线');
    const { viewer, producerId } = await broadcast(id, key);
    expect((await http.request('DELETE', `/api/live-sessions/${id}/publisher`, { token: buyer })).body.code).toBe(
      'NOT_BOOTH_STAFF',
    );
    expect((await http.request('DELETE', `/api/live-sessions/${id}/publisher`)).status).toBe(401);
    const closed = viewer.next('room.producerClosed', 10_000, (p) => p.producerId === producerId);
    expect((await http.request('DELETE', `/api/live-sessions/${id}/publisher`, { token: staff })).status).toBe(202);
    await closed;

    // A browser publisher next: its tracks close and it may not produce again on that join.
    const studio = await client(staff);
    const { transportId, producerIds } = await publishSynthetic(studio, id);
    const gone = producerIds.map((pid) => viewer.next('room.producerClosed', 10_000, (p) => p.producerId === pid));
    expect((await http.request('DELETE', `/api/live-sessions/${id}/publisher`, { token: staff })).status).toBe(202);
    await Promise.all(gone);
    expect(await studio.errorCode('produce', { transportId, kind: 'video', rtpParameters: {}, source: 'camera' })).toMatch(
      /NOT_BOOTH_STAFF|TRANSPORT_NOT_FOUND/,
    );
  });

  it('with SRTP, packets without the key never become the ingest; the key holder plays', async () => {
    const { id, key } = await newSession('SRTP 推流');
    const opened = await ingest(id, key, { srtp: true });
    expect(opened.status).toBe(201);
    expect(opened.body.video.srtp).toMatchObject({ cryptoSuite: 'AES_CM_128_HMAC_SHA1_80' });
    await sendForeignRtp(opened.body.video, '127.0.0.1', '127.0.0.1');
    await new Promise((r) => setTimeout(r, 500));
    expect(t.app.get(RoomRegistry).get(id)!.producerViews()).toEqual([]);
    const viewer = await client(buyer);
    await viewer.request('room.join', { sessionId: id, as: 'viewer' });
    const added = viewer.next('room.producerAdded', 15_000, (p) => p.kind === 'video');
    procs.push(sendTestPattern(opened.body.video, opened.body.audio));
    await added;
    // Decrypted video reaches the producer (counted by mediasoup; a busy machine may encode slowly, so no bitrate bar).
    const room = t.app.get(RoomRegistry).get(id)!;
    const deadline = Date.now() + 15_000;
    let packets = 0;
    while (packets < 50 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      const video = (await room.producerStats()).find((p) => p.view.kind === 'video');
      packets = video?.stats.reduce((n, s) => n + (s.packetCount ?? 0), 0) ?? 0;
    }
    expect(packets).toBeGreaterThanOrEqual(50);
  });

  it('without SRTP, a stream from another address than the one named releases the ingest before viewers see anything', async () => {
    const { id, key } = await newSession('抢占端口');
    const viewer = await client(buyer);
    await viewer.request('room.join', { sessionId: id, as: 'viewer' });
    const seen: string[] = [];
    viewer.socket.on('room.producerAdded', (p: { producerId: string }) => seen.push(p.producerId));
    const opened = await ingest(id, key, { sourceIp: '127.0.0.1' });
    expect(opened.status).toBe(201);
    expect(opened.body.sourceIp).toBe('127.0.0.1');
    await sendForeignRtp(opened.body.video, '127.0.0.1', '127.0.0.2');
    const deadline = Date.now() + 5000;
    let again = await ingest(id, key);
    while (again.status === 409 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      again = await ingest(id, key);
    }
    expect(again.status).toBe(201);
    expect(seen).toEqual([]);
  });
});
