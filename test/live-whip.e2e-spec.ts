import type { Browser } from 'playwright-core';
import { RoomRegistry } from '@livefair/live';
import { launchBrowser, launchKillableBrowser, newPage, TestPage } from './support/browser';
import { httpClient } from './support/http';
import { TestLiveClient } from './support/live-client';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';
import { whipConnected, whipPublish } from './support/whip-page';

describe('WHIP ingest (RFC 9725) from a real Chromium WHIP client', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;
  let browser: Browser;
  let staff: string;
  let boothId: string;
  const pages: TestPage[] = [];
  const clients: TestLiveClient[] = [];

  beforeAll(async () => {
    t = await startProductionApp('whip', { DEMO_DATA: 'true', LIVE_INGEST_SILENCE_SECONDS: '3' });
    http = httpClient(t.url);
    browser = await launchBrowser();
    staff = (await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) })).body
      .accessToken;
    boothId = (await http.get('/api/my/booths', staff)).body[0].id;
  });

  afterAll(async () => {
    clients.forEach((c) => c.close());
    for (const p of pages) await p.close();
    await browser?.close();
    await t?.close();
  });

  async function session(title: string) {
    const s = await http.post(`/api/booths/${boothId}/live-sessions`, { title }, staff);
    const key = (await http.get(`/api/live-sessions/${s.body.id}/ingest`, staff)).body.streamKey as string;
    return { id: s.body.id as string, key };
  }

  async function encoderPage(): Promise<TestPage> {
    const p = await newPage(browser, { width: 800, height: 600, origin: t.url });
    pages.push(p);
    await p.page.goto(`${t.url}/api/info`);
    return p;
  }

  it.each(['VP8', 'H264'] as const)(
    'publishes %s + Opus: 201 with an SDP answer and Location, media flows, DELETE ends it',
    async (codec) => {
      const { id, key } = await session(`WHIP ${codec} 推流`);
      const viewer = await TestLiveClient.connect(t.url);
      clients.push(viewer);
      await viewer.request('room.join', { sessionId: id, as: 'viewer' });
      const added = viewer.next('room.producerAdded', 10_000, (p) => p.kind === 'video');
      const enc = await encoderPage();
      const r = await whipPublish(enc.page, `${t.url}/whip/${id}`, key, codec);
      expect(r.status).toBe(201);
      expect(r.contentType).toMatch(/^application\/sdp/);
      expect(r.location).toMatch(new RegExp(`^/whip/${id}/[0-9a-f-]{36}$`));
      expect(r.body).toMatch(/^v=0/);
      expect((await added).source).toBe('whip');
      expect(await whipConnected(enc.page)).toBe('connected');

      const mod = await TestLiveClient.connect(t.url, staff);
      clients.push(mod);
      await mod.request('room.join', { sessionId: id, as: 'publisher' });
      const deadline = Date.now() + 10_000;
      let health = await mod.request('stream.health', {});
      while (!health.producers.some((p) => p.kind === 'video' && p.bitrateBps > 100_000) && Date.now() < deadline) {
        await new Promise((res) => setTimeout(res, 250));
        health = await mod.request('stream.health', {});
      }
      const video = health.producers.find((p) => p.kind === 'video')!;
      expect(video.bitrateBps).toBeGreaterThan(100_000);
      expect(health.producers.map((p) => p.kind).sort()).toEqual(['audio', 'video']);
      expect((await http.get(`/api/live-sessions/${id}`)).body.status).toBe('live');

      // A second encoder on the same session is refused.
      const second = await encoderPage();
      expect((await whipPublish(second.page, `${t.url}/whip/${id}`, key, codec)).status).toBe(409);

      const closed = viewer.next('room.producerClosed', 5000);
      const del = await fetch(`${t.url}${r.location}`, { method: 'DELETE', headers: { authorization: `Bearer ${key}` } });
      expect(del.status).toBe(200);
      await closed;
      expect(enc.errors).toEqual([]);
    },
  );

  it('refuses a wrong key (401), a non-SDP body (415 / 400) and trickle PATCH (405)', async () => {
    const { id, key } = await session('WHIP 拒绝');
    const enc = await encoderPage();
    const bad = await whipPublish(enc.page, `${t.url}/whip/${id}`, 'not-the-key-not-the-key-not-the-k');
    expect(bad.status).toBe(401);
    expect(JSON.parse(bad.body).code).toBe('STREAM_KEY_INVALID');
    const json = await fetch(`${t.url}/whip/${id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
    const garbage = await fetch(`${t.url}/whip/${id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/sdp' },
      body: 'hello',
    });
    expect(garbage.status).toBe(400);
    expect(((await garbage.json()) as { code: string }).code).toBe('MEDIA_PARAMS_INVALID');
    const patch = await fetch(`${t.url}/whip/${id}/00000000-0000-4000-8000-000000000000`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(patch.status).toBe(405);
    expect((await http.get('/health')).status).toBe(200);
  });

  it('refuses offers with more tracks than a publisher sends (400 TRACK_LIMIT) and bodies over 64 KB (413), creating nothing', async () => {
    const { id, key } = await session('WHIP 轨道上限');
    // A usable offer (session-level ICE and DTLS, an SSRC per section) of ~100 bytes per track.
    const section = (kind: string, mid: number) =>
      `m=${kind} 9 UDP/TLS/RTP/SAVPF 111\r\na=rtcp-mux\r\na=mid:${mid}\r\na=rtpmap:111 ${kind === 'audio' ? 'opus/48000/2' : 'VP8/90000'}\r\na=ssrc:${1000 + mid} cname:c\r\n`;
    const fingerprint = Array.from({ length: 32 }, (_, i) => (i + 16).toString(16).toUpperCase()).join(':');
    const offer = (sections: string[]) =>
      `v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nc=IN IP4 0.0.0.0\r\na=ice-ufrag:abcd\r\na=ice-pwd:abcdefghijklmnopqrstuvwx\r\n` +
      `a=fingerprint:sha-256 ${fingerprint}\r\na=setup:actpass\r\n${sections.join('')}`;
    const post = (body: string) =>
      fetch(`${t.url}/whip/${id}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/sdp' },
        body,
      });
    const many = offer(Array.from({ length: 500 }, (_, i) => section('audio', i)));
    expect(many.length).toBeGreaterThan(50_000);
    const r500 = await post(many);
    expect(r500.status).toBe(400);
    expect(((await r500.json()) as { code: string }).code).toBe('TRACK_LIMIT');
    const twoVideos = await post(offer([section('audio', 0), section('video', 1), section('video', 2)]));
    expect(((await twoVideos.json()) as { code: string }).code).toBe('TRACK_LIMIT');
    const huge = await post(offer([section('audio', 0)]) + `a=x:${'y'.repeat(70_000)}\r\n`);
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE');
    expect(t.app.get(RoomRegistry).get(id)?.producerViews() ?? []).toEqual([]);
  });

  it('releases a WHIP publisher whose browser died without a DELETE: viewers are told, the session takes a new encoder', async () => {
    const { id, key } = await session('WHIP 掉线');
    const viewer = await TestLiveClient.connect(t.url);
    clients.push(viewer);
    await viewer.request('room.join', { sessionId: id, as: 'viewer' });
    const added = viewer.next('room.producerAdded', 10_000, (p) => p.kind === 'video');
    const killable = await launchKillableBrowser();
    try {
      const enc = await newPage(killable.browser, { width: 800, height: 600, origin: t.url });
      await enc.page.goto(`${t.url}/api/info`);
      expect((await whipPublish(enc.page, `${t.url}/whip/${id}`, key)).status).toBe(201);
      expect(await whipConnected(enc.page)).toBe('connected');
      const { producerId } = await added;
      const closed = viewer.next('room.producerClosed', 15_000, (p) => p.producerId === producerId);
      await killable.kill();
      await closed;
    } finally {
      await killable.kill();
    }
    const next = await encoderPage();
    expect((await whipPublish(next.page, `${t.url}/whip/${id}`, key)).status).toBe(201);
  });
});
