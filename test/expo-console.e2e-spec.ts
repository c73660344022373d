import { EventBus } from '@livefair/core';
import type { DomainEvents } from '@livefair/core';
import { newExhibitor } from './support/catalog';
import { CATEGORY_TREE, expoBody, newOrganizer, shanghaiTime } from './support/expo-fixture';
import { httpClient } from './support/http';
import { eventually, newBuyer } from './support/live-fixture';
import { startProductionApp, TestApp } from './support/test-app';

/**
 * The organizer console end to end on MariaDB + Redis: an expo with its category tree, a hall
 * and its map, applications admitted and rejected, booths assigned, the calendar, an
 * announcement, and the closed expo's archive.
 */
describe('expo console: an organizer runs an expo (MariaDB + Redis)', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;
  const assigned: DomainEvents['expo.booth-assigned'][] = [];

  beforeAll(async () => {
    t = await startProductionApp('expo_console', { EXPO_MAX_PARALLEL_SESSIONS_PER_HALL: '2' });
    http = httpClient(t.url);
    t.app.get(EventBus).subscribe('expo.booth-assigned', (e) => {
      assigned.push(e);
    });
  });
  afterAll(() => t?.close());

  const ok = <T = any>(r: { status: number; body: T }, status = 200): T => {
    if (r.status !== status) throw new Error(`expected ${status}, got ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const inbox = async (token: string): Promise<{ kind: string; title: string; body: string }[]> =>
    ok(await http.get('/api/notifications', token));

  it('creates, lays out, admits, assigns, schedules, announces and closes', async () => {
    const org = await newOrganizer(t);
    const expo = ok(await http.post('/api/console/expos', expoBody(), org.token), 201);
    // Wall times in Asia/Shanghai (UTC+8), stored UTC.
    expect(expo).toMatchObject({
      status: 'draft',
      name: '2026 出口转内销云展',
      nameEn: '2026 Export-to-Domestic Online Expo',
      startsAt: shanghaiTime(-3, 9).utc,
      endsAt: shanghaiTime(27, 18).utc,
      timeZone: 'Asia/Shanghai',
      hallCount: 0,
    });
    // A draft is not public.
    expect((await http.get(`/api/expos/${expo.id}`)).status).toBe(404);

    // Category tree: JSON, then replaced from CSV (quoted names, a BOM), then back to JSON.
    const tree = ok(await http.put(`/api/console/expos/${expo.id}/categories`, { categories: CATEGORY_TREE }, org.token));
    expect(tree.map((n: any) => [n.code, n.parentCode, n.leaf, n.ccc])).toEqual([
      ['61', null, false, false],
      ['61.01', '61', true, false],
      ['61.02', '61', true, true],
      ['85', null, true, true],
    ]);
    const csv = '\uFEFFcode,parentCode,nameZh,nameEn,ccc\r\n61,,服装,Apparel,false\r\n61.01,61,"针织,毛织",Knitwear,no\r\n';
    const fromCsv = ok(await http.put(`/api/console/expos/${expo.id}/categories/csv`, { csv }, org.token));
    expect(fromCsv.map((n: any) => [n.code, n.nameZh, n.ccc])).toEqual([
      ['61', '服装', false],
      ['61.01', '针织,毛织', false],
    ]);
    ok(await http.put(`/api/console/expos/${expo.id}/categories`, { categories: CATEGORY_TREE }, org.token));

    // A hall themed by a category, and its map.
    const hall = ok(
      await http.post(
        `/api/console/expos/${expo.id}/halls`,
        { name: '服装馆', nameEn: 'Apparel', categoryCode: '61', gridCols: 10, gridRows: 6 },
        org.token,
      ),
      201,
    );
    expect(hall).toMatchObject({ categoryCode: '61', gridCols: 10, gridRows: 6 });
    for (const [code, x] of [
      ['A01', 0],
      ['A02', 2],
      ['A03', 4],
    ] as const) {
      ok(await http.post(`/api/console/halls/${hall.id}/slots`, { code, x, y: 0, w: 2, h: 2 }, org.token), 201);
    }
    let map = ok(await http.get(`/api/console/halls/${hall.id}/map`, org.token));
    const a03 = map.slots.find((s: any) => s.code === 'A03');
    map = ok(await http.patch(`/api/console/slots/${a03.id}`, { x: 6, y: 3, w: 3 }, org.token));
    expect(map.slots.map((s: any) => [s.code, s.x, s.y, s.w, s.h])).toEqual([
      ['A01', 0, 0, 2, 2],
      ['A02', 2, 0, 2, 2],
      ['A03', 6, 3, 3, 2],
    ]);

    // Open it; exhibitors apply (once each).
    expect(ok(await http.post(`/api/console/expos/${expo.id}/status`, { status: 'open' }, org.token)).status).toBe('open');
    const [ex1, ex2, ex3] = [await newExhibitor(t.url, 'e1'), await newExhibitor(t.url, 'e2'), await newExhibitor(t.url, 'e3')];
    const apps = [];
    for (const ex of [ex1, ex2, ex3]) {
      apps.push(ok(await http.post(`/api/expos/${expo.id}/applications`, { message: '申请参展' }, ex.token), 201));
    }
    const again = await http.post(`/api/expos/${expo.id}/applications`, {}, ex1.token);
    expect([again.status, again.body.code]).toEqual([409, 'APPLICATION_EXISTS']);

    // Admit two, reject one with a reason (a rejection without one is refused).
    const noReason = await http.post(`/api/console/applications/${apps[2].id}/decision`, { decision: 'reject' }, org.token);
    expect([noReason.status, noReason.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    ok(await http.post(`/api/console/applications/${apps[0].id}/decision`, { decision: 'admit' }, org.token));
    ok(await http.post(`/api/console/applications/${apps[1].id}/decision`, { decision: 'admit' }, org.token));
    const rejected = ok(
      await http.post(`/api/console/applications/${apps[2].id}/decision`, { decision: 'reject', reason: '品类不符' }, org.token),
    );
    expect(rejected).toMatchObject({ status: 'rejected', reason: '品类不符' });
    const twice = await http.post(
      `/api/console/applications/${apps[0].id}/decision`,
      { decision: 'reject', reason: 'x' },
      org.token,
    );
    expect([twice.status, twice.body.code]).toEqual([409, 'APPLICATION_NOT_PENDING']);

    // Booths on the first two slots.
    const slot = (code: string) => map.slots.find((s: any) => s.code === code).id;
    const b1 = ok(await http.post(`/api/console/applications/${apps[0].id}/booth`, { slotId: slot('A01') }, org.token));
    const b2 = ok(await http.post(`/api/console/applications/${apps[1].id}/booth`, { slotId: slot('A02') }, org.token));
    expect(b1.boothId).toBeTruthy();
    const taken = await http.post(`/api/console/applications/${apps[1].id}/booth`, { slotId: slot('A03') }, org.token);
    expect([taken.status, taken.body.code]).toEqual([409, 'APPLICATION_ALREADY_ASSIGNED']);
    const notAdmitted = await http.post(`/api/console/applications/${apps[2].id}/booth`, { slotId: slot('A03') }, org.token);
    expect([notAdmitted.status, notAdmitted.body.code]).toEqual([409, 'APPLICATION_NOT_ADMITTED']);
    expect(assigned.filter((e) => e.expoId === expo.id)).toEqual([
      { expoId: expo.id, hallId: hall.id, boothId: b1.boothId, enterpriseId: ex1.enterpriseId },
      { expoId: expo.id, hallId: hall.id, boothId: b2.boothId, enterpriseId: ex2.enterpriseId },
    ]);
    expect((await http.get('/api/my/booths', ex1.token)).body.map((b: any) => [b.id, b.code])).toEqual([[b1.boothId, 'A01']]);

    // The calendar: a booth cannot overlap itself; a hall takes at most 2 at once (configured).
    // Tomorrow (UTC), inside the expo's dates and ahead of now: the booths' next sessions.
    const tomorrow = new Date(Date.now() + 86_400_000);
    const at = (h: number, m = 0) =>
      new Date(Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate(), h, m)).toISOString();
    const sched = (boothId: string, from: string, to: string) =>
      http.post(`/api/console/expos/${expo.id}/calendar`, { boothId, title: '工厂直播', startsAt: from, endsAt: to }, org.token);
    const s1 = ok(await sched(b1.boothId, at(2), at(3)), 201);
    const overlap = await sched(b1.boothId, at(2, 30), at(3, 30));
    expect([overlap.status, overlap.body.code]).toEqual([409, 'SESSION_BOOTH_OVERLAP']);
    ok(await sched(b2.boothId, at(2, 30), at(3, 30)), 201);
    ok(await sched(b1.boothId, at(3), at(4)), 201); // starts as its previous one ends: no overlap
    // Booth 3 of the hall does not exist; a booth of another expo is refused too.
    const bogus = await sched(ex3.enterpriseId, at(5), at(6));
    expect([bogus.status, bogus.body.code]).toEqual([400, 'BOOTH_NOT_IN_EXPO']);
    const backwards = await sched(b2.boothId, at(6), at(5));
    expect([backwards.status, backwards.body.code]).toEqual([400, 'SESSION_TIMES_INVALID']);
    const afterExpo = await sched(b2.boothId, shanghaiTime(34, 10).utc, shanghaiTime(34, 11).utc);
    expect([afterExpo.status, afterExpo.body.code]).toEqual([400, 'SESSION_TIMES_INVALID']);
    const calendar = ok(await http.get(`/api/console/expos/${expo.id}/calendar`, org.token));
    expect(calendar.map((c: any) => [c.boothCode, c.startsAt, c.endsAt])).toEqual([
      ['A01', at(2), at(3)],
      ['A02', at(2, 30), at(3, 30)],
      ['A01', at(3), at(4)],
    ]);
    // The live context holds the sessions.
    const sessions = ok(await http.get(`/api/booths/${b1.boothId}/live-sessions`));
    expect(sessions.map((s: any) => s.id)).toContain(s1.sessionId);

    // A third at 03:00-03:30 in the hall: A02 (until 03:30) and A01's 03:00 session run then; a hall of 2 is full.
    const full = await sched(b2.boothId, at(3, 30), at(4));
    expect(full.status).toBe(201);
    const ex4 = await newExhibitor(t.url, 'e4');
    const a4 = ok(await http.post(`/api/expos/${expo.id}/applications`, {}, ex4.token), 201);
    ok(await http.post(`/api/console/applications/${a4.id}/decision`, { decision: 'admit' }, org.token));
    const b4 = ok(await http.post(`/api/console/applications/${a4.id}/booth`, { slotId: slot('A03') }, org.token));
    const hallFull = await sched(b4.boothId, at(3, 15), at(3, 45));
    expect([hallFull.status, hallFull.body.code]).toEqual([409, 'SESSION_HALL_FULL']);

    // Buyers: the hall map with booths and their next session; the public calendar.
    const buyer = await newBuyer(t.url);
    const pub = ok(await http.get(`/api/halls/${hall.id}/map`, buyer.token));
    const a01 = pub.slots.find((s: any) => s.code === 'A01');
    expect(a01.booth).toMatchObject({
      id: b1.boothId,
      enterpriseId: ex1.enterpriseId,
      liveStatus: 'scheduled',
      nextSessionAt: at(2),
    });
    expect(pub.slots.find((s: any) => s.code === 'A03').booth.id).toBe(b4.boothId);
    expect(ok(await http.get(`/api/expos/${expo.id}/calendar`))).toHaveLength(4);
    expect(ok(await http.get(`/api/booths/${b1.boothId}`)).code).toBe('A01');

    // An announcement: on the expo pages for everyone, and an inbox line for admitted exhibitors.
    ok(
      await http.post(
        `/api/console/expos/${expo.id}/announcements`,
        { title: '今晚 20:00 集中直播', body: '服装馆 8 场' },
        org.token,
      ),
      201,
    );
    const shown = ok(await http.get(`/api/expos/${expo.id}/announcements`));
    expect(shown.map((a: any) => a.title)).toEqual(['今晚 20:00 集中直播']);
    await eventually(
      async () => (await inbox(ex2.token)).some((n) => n.kind === 'expo.announcement'),
      15_000,
      'announcement inbox',
    );
    await eventually(
      async () => (await inbox(ex3.token)).some((n) => n.kind === 'expo.application-rejected'),
      15_000,
      'reject inbox',
    );
    expect((await inbox(ex3.token)).find((n) => n.kind === 'expo.application-rejected')!.body).toContain('品类不符');
    expect((await inbox(ex3.token)).some((n) => n.kind === 'expo.announcement')).toBe(false);
    await eventually(async () => (await inbox(ex1.token)).some((n) => n.kind === 'expo.booth-assigned'), 15_000, 'booth inbox');

    // Close: still browsable, every write refused with EXPO_CLOSED.
    expect(ok(await http.post(`/api/console/expos/${expo.id}/status`, { status: 'closed' }, org.token)).status).toBe('closed');
    const writes = [
      http.patch(`/api/console/expos/${expo.id}`, { name: '改名' }, org.token),
      http.post(`/api/console/expos/${expo.id}/halls`, { name: '新馆' }, org.token),
      http.post(`/api/console/halls/${hall.id}/slots`, { code: 'Z9', x: 0, y: 4, w: 1, h: 1 }, org.token),
      http.patch(`/api/console/slots/${slot('A01')}`, { x: 0, y: 4 }, org.token),
      http.put(`/api/console/expos/${expo.id}/categories`, { categories: [] }, org.token),
      http.post(`/api/console/expos/${expo.id}/announcements`, { title: '又一条' }, org.token),
      sched(b1.boothId, at(8), at(9)),
      http.post(`/api/console/expos/${expo.id}/status`, { status: 'open' }, org.token),
      http.post(`/api/expos/${expo.id}/applications`, {}, (await newExhibitor(t.url, 'late')).token),
    ];
    for (const r of await Promise.all(writes)) expect([r.status, r.body.code]).toEqual([409, 'EXPO_CLOSED']);
    const archive = ok(await http.get(`/api/expos/${expo.id}`));
    expect(archive).toMatchObject({ status: 'closed', name: '2026 出口转内销云展', hallCount: 1, boothCount: 3 });
    expect(ok(await http.get(`/api/halls/${hall.id}/map`)).slots.map((s: any) => [s.code, s.x, s.y])).toEqual([
      ['A01', 0, 0],
      ['A02', 2, 0],
      ['A03', 6, 3],
    ]);
    expect(ok(await http.get(`/api/expos/${expo.id}/categories`))).toHaveLength(4);
  });
});
