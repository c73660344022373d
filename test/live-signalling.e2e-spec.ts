import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { httpClient } from './support/http';
import { TestLiveClient } from './support/live-client';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

const TURN_SECRET = 'coturn-static-auth-secret-0123';

describe('live rooms: signalling, chat, likes, pins (MariaDB + Redis, socket.io)', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;
  let staff: string;
  let buyer: string;
  let buyerId: string;
  let boothId: string;
  let otherBoothId: string;
  let sessionId: string;
  let ownProductId: string;
  let otherProductId: string;
  const clients: TestLiveClient[] = [];

  const client = async (token?: string) => {
    const c = await TestLiveClient.connect(t.url, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    t = await startProductionApp('live', {
      DEMO_DATA: 'true',
      CHAT_MAX_PER_10S: '5',
      ICE_SERVERS: 'stun:stun.example.cn:3478,turn:turn.example.cn:3478?transport=udp,turns:turn.example.cn:5349',
      TURN_SECRET: TURN_SECRET,
      TURN_CREDENTIAL_TTL: '1h',
    });
    http = httpClient(t.url);
    staff = (await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) })).body
      .accessToken;
    const b = (await http.post('/api/auth/login', { email: 'buyer@demo.livefair.cn', password: demoPassword(t) })).body;
    buyer = b.accessToken;
    buyerId = b.user.id;
    const mine = await http.get('/api/my/booths', staff);
    boothId = mine.body[0].id;
    const booth = await http.get(`/api/booths/${boothId}`);
    ownProductId = booth.body.products[0].id;
    const expo = await http.get(`/api/expos/${mine.body[0].expoId}`);
    const other = await http.get(`/api/halls/${expo.body.halls[2].id}/booths`);
    otherBoothId = other.body[0].id;
    otherProductId = (await http.get(`/api/booths/${otherBoothId}`)).body.products[0].id;
    const created = await http.post(`/api/booths/${boothId}/live-sessions`, { title: '秋冬针织新品直播 🧶' }, staff);
    expect(created.status).toBe(201);
    sessionId = created.body.id;
  });

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await t?.close();
  });

  describe('sessions over HTTP', () => {
    it('are scheduled by the booth staff and visible to everyone', async () => {
      const list = await http.get(`/api/booths/${boothId}/live-sessions`);
      expect(list.body.map((s: { id: string }) => s.id)).toContain(sessionId);
      expect((await http.get(`/api/live-sessions/${sessionId}`)).body).toMatchObject({
        status: 'scheduled',
        title: '秋冬针织新品直播 🧶',
      });
      expect((await http.get(`/api/booths/${boothId}`)).body.liveStatus).toBe('scheduled');
    });

    it("refuse a buyer (403 role) and another enterprise's staff (403 NOT_BOOTH_STAFF)", async () => {
      expect((await http.post(`/api/booths/${boothId}/live-sessions`, { title: 'x' }, buyer)).status).toBe(403);
      const r = await http.post(`/api/booths/${otherBoothId}/live-sessions`, { title: 'x' }, staff);
      expect(r.status).toBe(403);
      expect(r.body.code).toBe('NOT_BOOTH_STAFF');
    });

    it('show the stream key to the staff only', async () => {
      expect((await http.get(`/api/live-sessions/${sessionId}/ingest`, staff)).body.streamKey).toMatch(/^[\w-]{32}$/);
      expect((await http.get(`/api/live-sessions/${sessionId}/ingest`, buyer)).status).toBe(403);
      expect((await http.get(`/api/live-sessions/${sessionId}/ingest`)).status).toBe(401);
    });
  });

  describe('joining', () => {
    it('gives a viewer the router capabilities, state and what it may do', async () => {
      const c = await client(buyer);
      const j = await c.request('room.join', { sessionId, as: 'viewer' });
      expect(j.routerRtpCapabilities).toHaveProperty('codecs');
      expect(j.session.status).toBe('scheduled');
      expect(j.producers).toEqual([]);
      expect(j.can).toEqual({ publish: false, chat: true, moderate: false });
      // What a page preloads its Device with, before joining: byte for byte what the join gives.
      const pre = await fetch(`${t.url}/live/rtp-capabilities`);
      expect(pre.status).toBe(200);
      expect(pre.headers.get('cache-control')).toMatch(/max-age/);
      expect(await pre.text()).toBe(JSON.stringify(j.routerRtpCapabilities));
    });

    it('refuses to let a buyer publish, or open a send transport', async () => {
      const c = await client(buyer);
      expect(await c.errorCode('room.join', { sessionId, as: 'publisher' })).toBe('NOT_BOOTH_STAFF');
      await c.request('room.join', { sessionId, as: 'viewer' });
      // Before the broadcast starts the room has no router at all; once the studio is in, a send transport is still refused.
      expect(await c.errorCode('transport.create', { direction: 'recv' })).toBe('LIVE_NOT_STARTED');
      await (await client(staff)).request('room.join', { sessionId, as: 'publisher' });
      expect(await c.errorCode('transport.create', { direction: 'send' })).toBe('NOT_BOOTH_STAFF');
    });

    it('lets the staff join as publisher with moderation rights', async () => {
      const c = await client(staff);
      const j = await c.request('room.join', { sessionId, as: 'publisher' });
      expect(j.can).toEqual({ publish: true, chat: true, moderate: true });
      const tr = await c.request('transport.create', { direction: 'send' });
      expect(tr.iceCandidates.length).toBeGreaterThan(0);
    });

    it('hands every join fresh TURN credentials of its own (user, or socket when anonymous), never static ones', async () => {
      const before = Math.floor(Date.now() / 1000);
      const turnOf = async (token?: string) => {
        const c = await client(token);
        const { iceServers } = await c.request('room.join', { sessionId, as: 'viewer' });
        expect(iceServers[0]).toEqual({ urls: ['stun:stun.example.cn:3478'] });
        return { socketId: c.socket.id, turn: iceServers[1] };
      };
      const mine = await turnOf(buyer);
      expect(mine.turn.urls).toEqual(['turn:turn.example.cn:3478?transport=udp', 'turns:turn.example.cn:5349']);
      const [expiry, who] = mine.turn.username!.split(':');
      expect(who).toBe(buyerId);
      expect(Number(expiry)).toBeGreaterThanOrEqual(before + 3600);
      expect(Number(expiry)).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 3600);
      expect(mine.turn.credential).toBe(createHmac('sha1', TURN_SECRET).update(mine.turn.username!).digest('base64'));
      const a = await turnOf();
      const b = await turnOf();
      expect(a.turn.username).toMatch(new RegExp(`^\\d+:anon-${a.socketId}$`));
      expect(b.turn.credential).not.toBe(a.turn.credential);
    });

    it('lets anonymous visitors watch but not chat', async () => {
      const anon = await client();
      const j = await anon.request('room.join', { sessionId, as: 'viewer' });
      expect(j.can.chat).toBe(false);
      expect(await anon.errorCode('chat.send', { text: '你好' })).toBe('AUTH_REQUIRED');
    });

    it('refuses anonymous visitors where the session requires login', async () => {
      const s = await http.post(`/api/booths/${boothId}/live-sessions`, { title: '会员专场', allowAnonymous: false }, staff);
      const anon = await client();
      expect(await anon.errorCode('room.join', { sessionId: s.body.id, as: 'viewer' })).toBe('AUTH_REQUIRED');
    });

    it('answers malformed or out-of-order events with coded error acks and stays up', async () => {
      const c = await client(buyer);
      expect(await c.errorCode('room.join', { sessionId: 'nope', as: 'viewer' })).toBe('VALIDATION_FAILED');
      expect(await c.errorCode('room.join', 'just a string')).toBe('VALIDATION_FAILED');
      expect(await c.errorCode('room.join', { sessionId, as: 'king' })).toBe('VALIDATION_FAILED');
      expect(await c.errorCode('room.join', [sessionId, 'viewer'])).toBe('VALIDATION_FAILED');
      expect(await c.errorCode('room.join', { sessionId, as: 'viewer', extra: 1 })).toBe('VALIDATION_FAILED');
      expect(await c.errorCode('room.join', { sessionId, as: 'viewer', ['__proto__']: { as: 'publisher' } })).toBe(
        'VALIDATION_FAILED',
      );
      expect(await c.errorCode('room.join', { sessionId: '00000000-0000-4000-8000-000000000000', as: 'viewer' })).toBe(
        'LIVE_SESSION_NOT_FOUND',
      );
      expect(await c.errorCode('transport.create', { direction: 'recv' })).toBe('NOT_IN_ROOM');
      expect(await c.errorCode('chat.send', { text: 'hi' })).toBe('NOT_IN_ROOM');
      await c.request('room.join', { sessionId, as: 'viewer' });
      const tr = await c.request('transport.create', { direction: 'recv' });
      expect(
        await c.errorCode('transport.connect', { transportId: tr.id, dtlsParameters: { role: 'x', fingerprints: 'no' } }),
      ).toBe('MEDIA_PARAMS_INVALID');
      expect(
        await c.errorCode('consume', {
          transportId: tr.id,
          producerId: '00000000-0000-4000-8000-000000000000',
          rtpCapabilities: {},
        }),
      ).toBe('PRODUCER_NOT_FOUND');
      expect(await c.errorCode('consumer.resume', { consumerId: '00000000-0000-4000-8000-000000000000' })).toBe(
        'CONSUMER_NOT_FOUND',
      );
      expect(await c.errorCode('like', { count: 10_000 })).toBe('VALIDATION_FAILED');
      expect((await http.get('/health')).status).toBe(200);
      expect(await c.request('session.whoami', {})).toMatchObject({ role: 'buyer' });
    });
  });

  describe('chat', () => {
    it('round-trips Chinese and emoji to every viewer and stores it', async () => {
      const sender = await client(buyer);
      const other = await client();
      await sender.request('room.join', { sessionId, as: 'viewer' });
      await other.request('room.join', { sessionId, as: 'viewer' });
      const seen = other.next('chat.message', 5000, (m) => m.text.includes('起订量'));
      const sent = await sender.request('chat.send', { text: '  这款T恤起订量多少？🙏👍  ' });
      expect(sent.text).toBe('这款T恤起订量多少？🙏👍');
      expect((await seen).text).toBe('这款T恤起订量多少？🙏👍');
      const rows = await t.app.get(DataSource).query('SELECT text, displayName FROM chat_messages WHERE id = ?', [sent.id]);
      expect(rows).toEqual([{ text: '这款T恤起订量多少？🙏👍', displayName: '王采购' }]);
    });

    it('takes 500 characters (emoji count as one) and refuses 501', async () => {
      const c = await client(staff);
      await c.request('room.join', { sessionId, as: 'viewer' });
      expect((await c.request('chat.send', { text: '😀'.repeat(500) })).text).toHaveLength(1000);
      expect(await c.errorCode('chat.send', { text: '好'.repeat(501) })).toBe('VALIDATION_FAILED');
      expect(await c.errorCode('chat.send', { text: '   ' })).toBe('VALIDATION_FAILED');
    });

    it('rate-limits one user', async () => {
      const reg = await http.post('/api/auth/register', {
        email: `fast${Date.now()}@example.cn`,
        password: 'fast-typer-1',
        displayName: '快手',
        role: 'buyer',
      });
      const c = await client(reg.body.accessToken);
      await c.request('room.join', { sessionId, as: 'viewer' });
      for (let i = 0; i < 5; i++) await c.request('chat.send', { text: `第${i}条` });
      expect(await c.errorCode('chat.send', { text: '第6条' })).toBe('RATE_LIMITED');
    });

    it('lets the staff delete a message and mute a user; others cannot', async () => {
      const reg = await http.post('/api/auth/register', {
        email: `troll${Date.now()}@example.cn`,
        password: 'troll-pass-1',
        displayName: '捣乱者',
        role: 'buyer',
      });
      const troll = await client(reg.body.accessToken);
      const mod = await client(staff);
      const by = await client(buyer);
      for (const c of [troll, mod, by]) await c.request('room.join', { sessionId, as: 'viewer' });
      const msg = await troll.request('chat.send', { text: '广告 加微信' });
      expect(await by.errorCode('chat.delete', { messageId: msg.id })).toBe('NOT_BOOTH_STAFF');
      const deleted = by.next('chat.deleted');
      await mod.request('chat.delete', { messageId: msg.id });
      expect(await deleted).toEqual({ messageId: msg.id });
      const recent = (await by.request('room.join', { sessionId, as: 'viewer' })).recentChat;
      expect(recent.map((m) => m.id)).not.toContain(msg.id);
      expect(await by.errorCode('chat.ban', { userId: reg.body.user.id })).toBe('NOT_BOOTH_STAFF');
      await mod.request('chat.ban', { userId: reg.body.user.id });
      expect(await troll.errorCode('chat.send', { text: '再发一条' })).toBe('CHAT_BANNED');
    });
  });

  describe('likes and pins', () => {
    it('aggregates likes into one count', async () => {
      const a = await client(buyer);
      const b = await client(staff);
      await a.request('room.join', { sessionId, as: 'viewer' });
      await b.request('room.join', { sessionId, as: 'viewer' });
      const before = (await http.get(`/api/live-sessions/${sessionId}`)).body.likeCount;
      await a.request('like', { count: 3 });
      const r = await b.request('like', { count: 2 });
      expect(r.likeCount).toBe(before + 5);
      const broadcast = await a.next('likes.count', 5000, (e) => e.likeCount >= before + 5);
      expect(broadcast.likeCount).toBe(before + 5);
      // Stored within a few seconds (one UPDATE per room per flush).
      const deadline = Date.now() + 6000;
      let stored = before;
      while (stored !== before + 5 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        stored = (await http.get(`/api/live-sessions/${sessionId}`)).body.likeCount;
      }
      expect(stored).toBe(before + 5);
    });

    it('shows a pinned product on every viewer at once; only staff pin, only own products', async () => {
      const mod = await client(staff);
      const v1 = await client(buyer);
      const v2 = await client();
      for (const c of [mod, v1, v2]) await c.request('room.join', { sessionId, as: 'viewer' });
      expect(await v1.errorCode('pin.set', { productId: ownProductId })).toBe('NOT_BOOTH_STAFF');
      expect(await mod.errorCode('pin.set', { productId: otherProductId })).toBe('PRODUCT_NOT_FOUND');
      const seen = [v1.next('pin.changed'), v2.next('pin.changed')];
      const pinned = await mod.request('pin.set', { productId: ownProductId });
      expect(pinned).toMatchObject({
        productId: ownProductId,
        name: '纯棉圆领T恤（出口转内销款）',
        fromPriceFen: 1650,
        moq: 100,
      });
      for (const e of await Promise.all(seen)) expect(e.pinned?.productId).toBe(ownProductId);
      // A late joiner sees the pin in its join state.
      const late = await client();
      expect((await late.request('room.join', { sessionId, as: 'viewer' })).pinned?.productId).toBe(ownProductId);
      const cleared = v2.next('pin.changed');
      await mod.request('pin.set', { productId: null });
      expect((await cleared).pinned).toBeNull();
    });

    it('counts viewers and broadcasts the count', async () => {
      const watcher = await client();
      await watcher.request('room.join', { sessionId, as: 'viewer' });
      const e = await watcher.next('viewers.count', 3000);
      expect(e.viewerCount).toBeGreaterThanOrEqual(1);
      expect(buyerId).toBeTruthy();
    });
  });

  describe('ending', () => {
    it('only staff end; viewers are told and cannot rejoin', async () => {
      const s = await http.post(`/api/booths/${boothId}/live-sessions`, { title: '结束测试' }, staff);
      const mod = await client(staff);
      const v = await client(buyer);
      await mod.request('room.join', { sessionId: s.body.id, as: 'publisher' });
      await v.request('room.join', { sessionId: s.body.id, as: 'viewer' });
      expect(await v.errorCode('session.end', {})).toBe('NOT_BOOTH_STAFF');
      const told = v.next('room.status', 5000, (e) => e.status === 'ended');
      expect((await mod.request('session.end', {})).status).toBe('ended');
      await told;
      expect(await v.errorCode('room.join', { sessionId: s.body.id, as: 'viewer' })).toBe('LIVE_SESSION_ENDED');
    });
  });
});
