import { LiveSessionService } from '@livefair/live';
import type { ExpoSummary, HallMapView, ScheduleEntryView } from '@livefair/protocol';
import { randomUUID } from 'node:crypto';
import { pngBytes, uploadImage } from './support/catalog';
import { expoBody, newOrganizer } from './support/expo-fixture';
import { httpClient } from './support/http';
import { TestLiveClient } from './support/live-client';
import { eventually, newBuyer } from './support/live-fixture';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

/**
 * What buyers see of an expo beyond its booths, on MariaDB + Redis: the organizer's cover
 * (uploaded through the catalog's images, owned by the organizer), English names, the hall
 * map's live booths with their viewer counts (from the live context's shared counts in Redis)
 * and next sessions, and the buyers' schedule of sessions live now and to come.
 */
describe('expo for buyers: cover, names, live hall map and schedule (MariaDB + Redis)', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;
  const clients: TestLiveClient[] = [];

  beforeAll(async () => {
    t = await startProductionApp('expo_board', {
      DEMO_DATA: 'true',
      UPLOAD_MAX_ORGANIZER_IMAGES: '2',
      UPLOAD_MAX_PER_MINUTE_PER_IP: '5',
    });
    http = httpClient(t.url);
  });
  afterAll(async () => {
    for (const c of clients) c.socket.disconnect();
    await t?.close();
  });

  const ok = <T = any>(r: { status: number; body: T }, status = 200): T => {
    if (r.status !== status) throw new Error(`expected ${status}, got ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const code = (r: { status: number; body: any }) => [r.status, r.body?.code];

  it('an organizer uploads a cover for its own expo; buyers see it on the card and the page; bounds hold', async () => {
    const a = await newOrganizer(t, 'cover-a');
    const b = await newOrganizer(t, 'cover-b');
    const expo = ok(await http.post('/api/console/expos', expoBody(), a.token), 201);
    const img = ok(await uploadImage(t.url, a.token, pngBytes(64, 36)), 201);
    expect(img).toMatchObject({ contentType: 'image/png', width: 64, height: 36 });
    // The organizer's library lists it, with the organizer's bound.
    expect(ok(await http.get('/api/my/images', a.token))).toMatchObject({ total: 1, usage: { images: 1, maxImages: 2 } });

    const set = ok(await http.patch(`/api/console/expos/${expo.id}`, { coverImageKey: img.key }, a.token));
    expect(set).toMatchObject({ coverImageKey: img.key, coverUrl: `/api/images/${img.key}` });
    ok(await http.post(`/api/console/expos/${expo.id}/status`, { status: 'open' }, a.token));
    const listed: ExpoSummary = ok(await http.get('/api/expos')).find((e: ExpoSummary) => e.id === expo.id);
    expect(listed).toMatchObject({
      name: '2026 出口转内销云展',
      nameEn: '2026 Export-to-Domestic Online Expo',
      descriptionEn: 'Export factories meet domestic buyers live.',
      coverUrl: `/api/images/${img.key}`,
      timeZone: 'Asia/Shanghai',
    });
    expect(ok(await http.get(`/api/expos/${expo.id}`))).toMatchObject({ coverUrl: `/api/images/${img.key}` });
    const served = await fetch(`${t.url}${listed.coverUrl}`);
    expect([served.status, served.headers.get('content-type')]).toEqual([200, 'image/png']);

    // Ownership: another organizer cannot put A's image (or a made-up key) on its expo, at create or edit.
    const other = ok(await http.post('/api/console/expos', expoBody(), b.token), 201);
    expect(code(await http.patch(`/api/console/expos/${other.id}`, { coverImageKey: img.key }, b.token))).toEqual([
      403,
      'IMAGE_NOT_OWNED',
    ]);
    expect(code(await http.post('/api/console/expos', expoBody({ coverImageKey: img.key }), b.token))).toEqual([
      403,
      'IMAGE_NOT_OWNED',
    ]);
    const madeUp = `${'ab'.repeat(32)}.png`;
    expect(code(await http.patch(`/api/console/expos/${other.id}`, { coverImageKey: madeUp }, b.token))).toEqual([
      404,
      'IMAGE_NOT_FOUND',
    ]);
    expect(ok(await http.get(`/api/console/expos/${other.id}`, b.token)).coverImageKey).toBeNull();
    // Nor can B edit A's expo at all.
    expect(code(await http.patch(`/api/console/expos/${expo.id}`, { coverImageKey: null }, b.token))).toEqual([403, 'NOT_OWNER']);

    // Buyers upload nothing; the type is read from the bytes; an organizer keeps at most 2 images.
    const buyer = await newBuyer(t.url, '看封面');
    expect(code(await uploadImage(t.url, buyer.token, pngBytes(8, 8)))).toEqual([403, 'FORBIDDEN_ROLE']);
    expect(code(await uploadImage(t.url, a.token, Buffer.from('不是图片 not an image')))).toEqual([
      415,
      'IMAGE_TYPE_UNSUPPORTED',
    ]);
    ok(await uploadImage(t.url, a.token, pngBytes(32, 32)), 201);
    expect(code(await uploadImage(t.url, a.token, pngBytes(16, 16)))).toEqual([409, 'IMAGE_COUNT_LIMIT']);
    // Per address (UPLOAD_MAX_PER_MINUTE_PER_IP = 5, all users together; the per-user bound is 30): eleven
    // uploads by another organizer from this address, however a clock minute splits them, put six in one
    // minute, so some are refused with a Retry-After.
    const burst = await Promise.all(Array.from({ length: 11 }, () => uploadImage(t.url, b.token, pngBytes(20, 20))));
    const refused = burst.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.map((r) => r.body.code)).toEqual(refused.map(() => 'RATE_LIMITED'));
    expect(Number(refused[0].headers.get('retry-after'))).toBeGreaterThan(0);
    // The others are stored (the same file: one image, the first upload made it).
    expect(new Set(burst.filter((r) => r.status !== 429).map((r) => r.status)).size).toBeGreaterThan(0);
    expect(burst.every((r) => [200, 201, 429].includes(r.status))).toBe(true);
  });

  it('the hall map shows live booths with viewers and next sessions; the schedule lists live and coming sessions', async () => {
    const organizer = ok(await http.post('/api/auth/login', { email: 'organizer@demo.livefair.cn', password: demoPassword(t) }));
    const org = organizer.accessToken as string;
    const expo = ok(await http.get('/api/console/expos', org))[0];
    const hall = ok(await http.get(`/api/console/expos/${expo.id}/halls`, org))[0];
    const map0: HallMapView = ok(await http.get(`/api/halls/${hall.id}/map`));
    const [first, second] = map0.slots.filter((s) => s.booth).map((s) => s.booth!);
    expect(first.viewers).toBeNull();

    const start = new Date(Date.now() + 3600_000);
    start.setUTCMinutes(0, 0, 0);
    const end = new Date(start.getTime() + 3600_000);
    const entry = (boothId: string, title: string, from: Date, to: Date) =>
      http.post(
        `/api/console/expos/${expo.id}/calendar`,
        { boothId, title, startsAt: from.toISOString(), endsAt: to.toISOString() },
        org,
      );
    const live = ok(await entry(first.id, '工厂直播：现在开播', start, end), 201);
    const later = ok(
      await entry(second.id, '眼镜工厂探厂', new Date(start.getTime() + 1800_000), new Date(end.getTime() + 3600_000)),
      201,
    );

    // The first booth's session goes live early, and two buyers watch it.
    const sessions = t.app.get(LiveSessionService);
    await sessions.markLive(live.sessionId);
    for (const name of ['甲', '乙']) {
      const buyer = await newBuyer(t.url, `观众${name}`);
      const c = await TestLiveClient.connect(t.url, buyer.token);
      clients.push(c);
      await c.request('room.join', { sessionId: live.sessionId, as: 'viewer' });
    }

    let map: HallMapView = map0;
    await eventually(
      async () => {
        map = ok(await http.get(`/api/halls/${hall.id}/map`));
        return map.slots.find((s) => s.booth?.id === first.id)?.booth?.viewers === 2;
      },
      15_000,
      'the hall map to count both viewers',
    );
    const booth = (id: string) => map.slots.find((s) => s.booth?.id === id)!.booth!;
    expect(booth(first.id)).toMatchObject({ liveStatus: 'live', liveSessionId: live.sessionId, viewers: 2 });
    expect(booth(second.id)).toMatchObject({
      liveStatus: 'scheduled',
      liveSessionId: null,
      viewers: null,
      nextSessionAt: later.startsAt,
      nextSessionTitle: '眼镜工厂探厂',
    });
    // The console's map reads the same.
    const consoleMap: HallMapView = ok(await http.get(`/api/console/halls/${hall.id}/map`, org));
    expect(consoleMap.slots.find((s) => s.booth?.id === first.id)?.booth?.viewers).toBe(2);

    const schedule: ScheduleEntryView[] = ok(await http.get(`/api/expos/${expo.id}/schedule`));
    expect(schedule.map((e) => [e.title, e.status, e.viewers, e.boothId, e.hallName])).toEqual([
      ['工厂直播：现在开播', 'live', 2, first.id, hall.name],
      ['眼镜工厂探厂', 'scheduled', null, second.id, hall.name],
    ]);
    expect(schedule[0]).toMatchObject({
      sessionId: live.sessionId,
      boothCode: expect.any(String),
      enterpriseName: first.enterpriseName,
    });

    // One viewer leaves: the count follows. The live session ends: it leaves the schedule and the map.
    clients.pop()!.socket.disconnect();
    await eventually(
      async () => {
        map = ok(await http.get(`/api/halls/${hall.id}/map`));
        return booth(first.id).viewers === 1;
      },
      15_000,
      'the hall map to count one viewer',
    );
    await sessions.end(live.sessionId);
    map = ok(await http.get(`/api/halls/${hall.id}/map`));
    expect(booth(first.id)).toMatchObject({ liveSessionId: null, viewers: null });
    const after: ScheduleEntryView[] = ok(await http.get(`/api/expos/${expo.id}/schedule`));
    expect(after.map((e) => e.title)).toEqual(['眼镜工厂探厂']);

    // Unknown and draft expos have no public schedule.
    expect(code(await http.get(`/api/expos/${randomUUID()}/schedule`))).toEqual([404, 'EXPO_NOT_FOUND']);
    const mine = await newOrganizer(t, 'draft');
    const draft = ok(await http.post('/api/console/expos', expoBody(), mine.token), 201);
    expect(code(await http.get(`/api/expos/${draft.id}/schedule`))).toEqual([404, 'EXPO_NOT_FOUND']);
    expect(code(await http.get('/api/expos/not-an-id/schedule'))).toEqual([400, 'VALIDATION_FAILED']);
  });
});
