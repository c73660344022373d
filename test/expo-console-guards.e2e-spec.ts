import { newExhibitor } from './support/catalog';
import { CATEGORY_TREE, expoBody, newOrganizer } from './support/expo-fixture';
import { httpClient } from './support/http';
import { newBuyer } from './support/live-fixture';
import { startApiReplica, startProductionApp, TestApp } from './support/test-app';

/** Bad input and other organizers' expos: each refused with its code, nothing stored (MariaDB + Redis). */
describe('expo console guards', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;
  let org: Awaited<ReturnType<typeof newOrganizer>>;
  let expo: any;
  let hall: any;

  beforeAll(async () => {
    t = await startProductionApp('expo_guards', {
      EXPO_MAX_HALLS: '2',
      EXPO_MAX_PER_ORGANIZER: '2',
      EXPO_MAX_ANNOUNCEMENTS_PER_DAY: '1',
    });
    http = httpClient(t.url);
    org = await newOrganizer(t, 'guard');
    expo = (await http.post('/api/console/expos', expoBody(), org.token)).body;
    await http.put(`/api/console/expos/${expo.id}/categories`, { categories: CATEGORY_TREE }, org.token);
    hall = (await http.post(`/api/console/expos/${expo.id}/halls`, { name: '一号馆', gridCols: 6, gridRows: 4 }, org.token)).body;
    await http.post(`/api/console/halls/${hall.id}/slots`, { code: 'A1', x: 0, y: 0, w: 2, h: 2 }, org.token);
  });
  afterAll(() => t?.close());

  const code = (r: { status: number; body: any }) => [r.status, r.body?.code];
  const myExpos = async () => (await http.get('/api/console/expos', org.token)).body;

  it('dates out of order, a bad zone or a malformed time: refused, no expo stored', async () => {
    const before = await myExpos();
    expect(
      code(
        await http.post('/api/console/expos', expoBody({ startsAt: '2026-12-29T09:00', endsAt: '2026-11-29T09:00' }), org.token),
      ),
    ).toEqual([400, 'EXPO_DATES_INVALID']);
    expect(code(await http.post('/api/console/expos', expoBody({ endsAt: expoBody().startsAt }), org.token))).toEqual([
      400,
      'EXPO_DATES_INVALID',
    ]);
    expect(code(await http.post('/api/console/expos', expoBody({ timeZone: 'Mars/Olympus' }), org.token))).toEqual([
      400,
      'EXPO_TIME_ZONE_INVALID',
    ]);
    expect(code(await http.post('/api/console/expos', expoBody({ startsAt: '29/11/2026' }), org.token))).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
    expect(code(await http.post('/api/console/expos', expoBody({ status: 'open' }), org.token))).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
    // An edit that would put the end before the start leaves the expo as it was.
    expect(
      code(await http.patch(`/api/console/expos/${expo.id}`, { endsAt: '2026-11-01T00:00Z', name: '新名' }, org.token)),
    ).toEqual([400, 'EXPO_DATES_INVALID']);
    expect(await myExpos()).toEqual(before);
  });

  it('overlapping or out-of-grid slots: refused, the map unchanged', async () => {
    const before = (await http.get(`/api/console/halls/${hall.id}/map`, org.token)).body;
    const slot = (body: unknown) => http.post(`/api/console/halls/${hall.id}/slots`, body, org.token);
    expect(code(await slot({ code: 'A2', x: 1, y: 1, w: 2, h: 2 }))).toEqual([409, 'SLOT_OVERLAP']);
    expect(code(await slot({ code: 'A2', x: 5, y: 0, w: 2, h: 1 }))).toEqual([400, 'SLOT_OUT_OF_GRID']);
    expect(code(await slot({ code: 'A1', x: 4, y: 0, w: 1, h: 1 }))).toEqual([409, 'SLOT_CODE_TAKEN']);
    expect(code(await slot({ code: 'A2', x: -1, y: 0, w: 1, h: 1 }))).toEqual([400, 'VALIDATION_FAILED']);
    const b = (await slot({ code: 'B1', x: 3, y: 0, w: 2, h: 2 })).body;
    const b1 = b.slots.find((s: any) => s.code === 'B1');
    expect(code(await http.patch(`/api/console/slots/${b1.id}`, { x: 1 }, org.token))).toEqual([409, 'SLOT_OVERLAP']);
    expect(code(await http.patch(`/api/console/slots/${b1.id}`, { w: 4 }, org.token))).toEqual([400, 'SLOT_OUT_OF_GRID']);
    expect(code(await http.patch(`/api/console/halls/${hall.id}`, { gridCols: 4 }, org.token))).toEqual([409, 'GRID_TOO_SMALL']);
    await http.request('DELETE', `/api/console/slots/${b1.id}`, { token: org.token });
    expect((await http.get(`/api/console/halls/${hall.id}/map`, org.token)).body).toEqual(before);
  });

  it("another organizer's expo: 403 NOT_OWNER, nothing changed; exhibitors and buyers cannot use the console", async () => {
    const other = await newOrganizer(t, 'other');
    expect(code(await http.get(`/api/console/expos/${expo.id}`, other.token))).toEqual([403, 'NOT_OWNER']);
    expect(code(await http.patch(`/api/console/expos/${expo.id}`, { name: '抢走' }, other.token))).toEqual([403, 'NOT_OWNER']);
    expect(code(await http.post(`/api/console/expos/${expo.id}/halls`, { name: '外人馆' }, other.token))).toEqual([
      403,
      'NOT_OWNER',
    ]);
    expect(code(await http.put(`/api/console/expos/${expo.id}/categories`, { categories: [] }, other.token))).toEqual([
      403,
      'NOT_OWNER',
    ]);
    expect(
      code(await http.post(`/api/console/halls/${hall.id}/slots`, { code: 'X1', x: 5, y: 3, w: 1, h: 1 }, other.token)),
    ).toEqual([403, 'NOT_OWNER']);
    expect(code(await http.post(`/api/console/expos/${expo.id}/status`, { status: 'open' }, other.token))).toEqual([
      403,
      'NOT_OWNER',
    ]);
    const mine = (await http.get(`/api/console/expos/${expo.id}`, org.token)).body;
    expect(mine).toMatchObject({ name: expo.name, status: 'draft', hallCount: 1 });
    expect((await http.get(`/api/console/expos/${expo.id}/categories`, org.token)).body).toHaveLength(4);

    const ex = await newExhibitor(t.url, 'guard');
    const buyer = await newBuyer(t.url);
    expect(code(await http.get('/api/console/expos', ex.token))).toEqual([403, 'FORBIDDEN_ROLE']);
    expect(code(await http.post('/api/console/expos', expoBody(), buyer.token))).toEqual([403, 'FORBIDDEN_ROLE']);
    expect(code(await http.get('/api/console/expos'))).toEqual([401, 'AUTH_REQUIRED']);
    // A draft takes no applications (and is not visible); buyers do not apply.
    expect(code(await http.post(`/api/expos/${expo.id}/applications`, {}, ex.token))).toEqual([404, 'EXPO_NOT_FOUND']);
    expect(code(await http.post(`/api/expos/${expo.id}/applications`, {}, buyer.token))).toEqual([403, 'FORBIDDEN_ROLE']);
  });

  it('cycles, unknown parents, duplicate codes and bad CSV in the tree: refused, the stored tree unchanged', async () => {
    const put = (categories: unknown[]) => http.put(`/api/console/expos/${expo.id}/categories`, { categories }, org.token);
    const before = (await http.get(`/api/console/expos/${expo.id}/categories`, org.token)).body;
    expect(
      code(
        await put([
          { code: 'A', parentCode: 'C', nameZh: '甲' },
          { code: 'B', parentCode: 'A', nameZh: '乙' },
          { code: 'C', parentCode: 'B', nameZh: '丙' },
        ]),
      ),
    ).toEqual([400, 'CATEGORY_CYCLE']);
    expect(code(await put([{ code: 'A', parentCode: 'A', nameZh: '自己' }]))).toEqual([400, 'CATEGORY_CYCLE']);
    expect(code(await put([{ code: 'A', parentCode: 'Z', nameZh: '甲' }]))).toEqual([400, 'CATEGORY_PARENT_UNKNOWN']);
    expect(
      code(
        await put([
          { code: 'A', nameZh: '甲' },
          { code: 'A', nameZh: '乙' },
        ]),
      ),
    ).toEqual([400, 'CATEGORY_CODE_DUPLICATE']);
    expect(code(await put([{ code: 'a b', nameZh: '空格' }]))).toEqual([400, 'VALIDATION_FAILED']);
    const csv = (text: string) => http.put(`/api/console/expos/${expo.id}/categories/csv`, { csv: text }, org.token);
    expect(code(await csv('name,code\n1,2\n'))).toEqual([400, 'CATEGORY_IMPORT_INVALID']);
    expect(code(await csv('code,parentCode,nameZh,nameEn,ccc\nA,,甲,,maybe\n'))).toEqual([400, 'CATEGORY_IMPORT_INVALID']);
    expect(code(await csv('code,parentCode,nameZh,nameEn,ccc\nA,B,甲,,\nB,A,乙,,\n'))).toEqual([400, 'CATEGORY_CYCLE']);
    // A hall cannot be themed by a code outside the tree.
    expect(
      code(await http.post(`/api/console/expos/${expo.id}/halls`, { name: '二号馆', categoryCode: 'NOPE' }, org.token)),
    ).toEqual([400, 'CATEGORY_UNKNOWN']);
    expect((await http.get(`/api/console/expos/${expo.id}/categories`, org.token)).body).toEqual(before);
  });

  it('bounds: halls per expo, expos per organizer, announcements per day; status moves only forward', async () => {
    expect((await http.post(`/api/console/expos/${expo.id}/halls`, { name: '二号馆' }, org.token)).status).toBe(201);
    expect(code(await http.post(`/api/console/expos/${expo.id}/halls`, { name: '三号馆' }, org.token))).toEqual([
      409,
      'HALL_LIMIT_REACHED',
    ]);
    expect((await http.post('/api/console/expos', expoBody({ name: '第二届' }), org.token)).status).toBe(201);
    expect(code(await http.post('/api/console/expos', expoBody({ name: '第三届' }), org.token))).toEqual([
      409,
      'EXPO_LIMIT_REACHED',
    ]);
    expect(code(await http.post(`/api/console/expos/${expo.id}/status`, { status: 'closed' }, org.token))).toEqual([
      409,
      'EXPO_STATUS_INVALID',
    ]);
    expect((await http.post(`/api/console/expos/${expo.id}/announcements`, { title: '第一条' }, org.token)).status).toBe(201);
    expect(code(await http.post(`/api/console/expos/${expo.id}/announcements`, { title: '第二条' }, org.token))).toEqual([
      429,
      'ANNOUNCEMENT_LIMIT_REACHED',
    ]);
    expect((await http.get(`/api/console/expos/${expo.id}/announcements`, org.token)).body).toHaveLength(1);
  });

  it('two API processes placing slots on the same cells at once: exactly one is stored', async () => {
    const replica = await startApiReplica(t);
    try {
      const other = httpClient(replica.url);
      const tries = Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? other : http).post(`/api/console/halls/${hall.id}/slots`, { code: `R${i}`, x: 3, y: 2, w: 2, h: 2 }, org.token),
      );
      const results = await Promise.all(tries);
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(results.filter((r) => r.status !== 201).map((r) => r.body.code)).toEqual(Array(7).fill('SLOT_OVERLAP'));
      const map = (await http.get(`/api/console/halls/${hall.id}/map`, org.token)).body;
      expect(map.slots.filter((s: any) => s.x === 3 && s.y === 2)).toHaveLength(1);
    } finally {
      await replica.close();
    }
  });
});
