import { EventBus, Principal } from '@livefair/core';
import { LiveSessionService } from '@livefair/live';
import { boothWorld, BoothWorld, Who } from './support/booth-fixture';

/**
 * A buyer favourites a booth and so follows its sessions: when one goes live, each follower gets
 * one inbox line for that session (a repeat of the announcement adds none), non-followers none.
 */
describe('favourite booths and follow their sessions (MariaDB + Redis)', () => {
  let w: BoothWorld;
  let staffPrincipal: Principal;
  beforeAll(async () => {
    w = await boothWorld('booth_follow', { BOOTH_MAX_FAVOURITES: '3', BOOTH_EDITS_PER_MINUTE: '30' });
    const now = Date.now();
    staffPrincipal = {
      userId: w.staff.userId,
      role: 'exhibitor',
      enterpriseId: w.staff.enterpriseId,
      displayName: '陈店长',
      issuedAt: now,
      expiresAt: now + 3_600_000,
    };
  });
  afterAll(() => w?.t.close());

  const liveLines = async (who: Who) => {
    const res = await w.http.get('/api/notifications', who.token);
    expect(res.status).toBe(200);
    return (res.body as { kind: string; title: string; body: string }[]).filter((n) => n.kind === 'booth.live');
  };
  /** Waits until the queued notification jobs have run (they go through the outbox and the Redis queue). */
  const eventually = async (check: () => Promise<boolean>, ms = 10_000) => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('timed out');
  };

  it('favourites idempotently, lists them, and bounds them per buyer (409 FAVOURITE_LIMIT_REACHED)', async () => {
    const buyer = await w.newBuyer('fav');
    expect((await w.http.get(`/api/booths/${w.boothId}/favourite`, buyer.token)).body).toEqual({
      boothId: w.boothId,
      favourite: false,
    });
    for (let i = 0; i < 2; i++) {
      const put = await w.http.put(`/api/booths/${w.boothId}/favourite`, undefined, buyer.token);
      expect([put.status, put.body]).toEqual([200, { boothId: w.boothId, favourite: true }]);
    }
    const list = (await w.http.get('/api/my/favourites', buyer.token)).body;
    expect(list.map((f: { booth: { id: string } }) => f.booth.id)).toEqual([w.boothId]);
    expect(list[0].booth.enterprise.id).toBe(w.staff.enterpriseId);

    const others = (await w.http.get(`/api/halls/${w.hallId}/booths`)).body
      .map((b: { id: string }) => b.id)
      .filter((id: string) => id !== w.boothId);
    expect((await w.http.put(`/api/booths/${others[0]}/favourite`, undefined, buyer.token)).status).toBe(200);
    expect((await w.http.put(`/api/booths/${others[1]}/favourite`, undefined, buyer.token)).status).toBe(200);
    const over = await w.http.put(`/api/booths/${others[2]}/favourite`, undefined, buyer.token);
    expect([over.status, over.body.code]).toEqual([409, 'FAVOURITE_LIMIT_REACHED']);
    expect((await w.http.get('/api/my/favourites', buyer.token)).body).toHaveLength(3);
    // Removing one makes room; removing twice is fine.
    for (let i = 0; i < 2; i++)
      expect((await w.http.request('DELETE', `/api/booths/${others[1]}/favourite`, { token: buyer.token })).status).toBe(200);
    expect((await w.http.put(`/api/booths/${others[2]}/favourite`, undefined, buyer.token)).status).toBe(200);

    const missing = await w.http.put('/api/booths/00000000-0000-4000-8000-000000000000/favourite', undefined, buyer.token);
    expect([missing.status, missing.body.code]).toEqual([404, 'BOOTH_NOT_FOUND']);
    const exhibitor = await w.http.put(`/api/booths/${w.boothId}/favourite`, undefined, w.staff.token);
    expect([exhibitor.status, exhibitor.body.code]).toEqual([403, 'FORBIDDEN_ROLE']);
    const anon = await w.http.get('/api/my/favourites');
    expect([anon.status, anon.body.code]).toEqual([401, 'AUTH_REQUIRED']);
  });

  it('bounds favourite changes per user and minute (429 RATE_LIMITED with Retry-After)', async () => {
    const flipper = await w.newBuyer('flipper');
    let limited: { status: number; body: { code: string }; headers: Headers } | null = null;
    for (let i = 0; i < 40 && !limited; i++) {
      const res = await w.http.request(i % 2 ? 'DELETE' : 'PUT', `/api/booths/${w.boothId}/favourite`, { token: flipper.token });
      if (res.status !== 200) limited = res;
    }
    expect([limited?.status, limited?.body.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another buyer is not affected.
    const other = await w.newBuyer('calm');
    expect((await w.http.put(`/api/booths/${w.boothId}/favourite`, undefined, other.token)).status).toBe(200);
  });

  it('tells each follower once when a followed booth goes live, and nobody else', async () => {
    const fan1 = await w.newBuyer('fan1');
    const fan2 = await w.newBuyer('fan2');
    const stranger = await w.newBuyer('stranger');
    const quitter = await w.newBuyer('quitter');
    for (const fan of [fan1, fan2, quitter]) {
      expect((await w.http.put(`/api/booths/${w.boothId}/favourite`, undefined, fan.token)).status).toBe(200);
    }
    await w.http.request('DELETE', `/api/booths/${w.boothId}/favourite`, { token: quitter.token });

    const sessions = w.t.app.get(LiveSessionService);
    const s = await sessions.create(staffPrincipal, w.boothId, { title: '新品首发' });
    // Scheduling is not going live: nobody is told yet.
    await new Promise((r) => setTimeout(r, 500));
    expect(await liveLines(fan1)).toHaveLength(0);

    await sessions.markLive(s.id);
    await eventually(async () => (await liveLines(fan1)).length > 0 && (await liveLines(fan2)).length > 0);
    const [line] = await liveLines(fan1);
    expect(line.title).toContain('正在直播');
    expect(line.body).toContain(`/watch/${s.id}`);

    // The same announcement again (a replay, or a second process) adds no line.
    w.t.app.get(EventBus).publish('live.session-status-changed', {
      sessionId: s.id,
      boothId: w.boothId,
      status: 'live',
      boothLiveStatus: 'live',
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await liveLines(fan1)).toHaveLength(1);
    expect(await liveLines(fan2)).toHaveLength(1);
    expect(await liveLines(stranger)).toHaveLength(0);
    expect(await liveLines(quitter)).toHaveLength(0);

    // The next session is a new line.
    await sessions.end(s.id);
    const next = await sessions.create(staffPrincipal, w.boothId, { title: '工厂探访' });
    await sessions.markLive(next.id);
    await eventually(async () => (await liveLines(fan1)).length === 2);
    expect((await liveLines(fan1)).map((n) => n.body).join('\n')).toContain(`/watch/${next.id}`);
    await sessions.end(next.id);
  });
});
