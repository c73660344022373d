import { AppConfig, JobQueue, loadConfig } from '@livefair/core';
import type { MeetingView, NotificationView } from '@livefair/protocol';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startAllInOne } from '../apps/all-in-one/src/start-all-in-one';
import { httpClient } from './support/http';
import { ClientPool } from './support/live-fixture';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

const MIN = 60_000;
/** A slot starting `inMin` minutes from now, `lenMin` long, as UTC ISO strings. */
const slot = (inMin: number, lenMin = 30) => ({
  startsAt: new Date(Date.now() + inMin * MIN).toISOString(),
  endsAt: new Date(Date.now() + (inMin + lenMin) * MIN).toISOString(),
});

/**
 * Private meetings end to end (MariaDB + Redis, HTTP and real socket.io clients): a buyer books,
 * the enterprise accepts, both join the private room and may publish; a third party is refused
 * at room.join; bad input is refused with codes and nothing stored; the bounds hold.
 */
const ENV = {
  DEMO_DATA: 'true',
  LOG_LEVEL: 'error',
  MEETINGS_ROOM_EARLY_MINUTES: '30',
  MEETINGS_MAX_PER_BUYER_PER_DAY: '4',
  MEETINGS_MAX_OPEN_PER_PAIR: '2',
};
const ENGINES: [string, () => Promise<TestApp>][] = [
  ['MariaDB + Redis', () => startProductionApp('meet', ENV)],
  [
    'the embedded engine',
    async () => {
      const config: AppConfig = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-meet-')), MEDIASOUP_WORKERS: '1', ...ENV });
      const { app, url } = await startAllInOne(config, 0, false);
      return { app, url, config, db: null, close: () => app.close() };
    },
  ],
];

describe.each(ENGINES)('private video meetings on %s', (_engine, start) => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;
  let ds: DataSource;
  const pool = new ClientPool(() => t.url);
  let buyer: { token: string; id: string };
  let staff: { token: string; id: string; enterpriseId: string };
  let boothId: string;

  const register = async (role: 'buyer' | 'exhibitor', displayName: string) => {
    const res = await http.post('/api/auth/register', {
      email: `${role}-${randomUUID().slice(0, 8)}@example.cn`,
      password: 'correct horse 1',
      displayName,
      role,
      ...(role === 'exhibitor' ? { enterpriseName: `${displayName}的工厂` } : {}),
    });
    if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
    return { token: res.body.accessToken as string, id: res.body.user.id as string };
  };
  const login = async (email: string) => {
    const res = await http.post('/api/auth/login', { email, password: demoPassword(t) });
    return { token: res.body.accessToken, id: res.body.user.id, enterpriseId: res.body.user.enterpriseId };
  };
  const propose = (token: string, over: Record<string, unknown> = {}) =>
    http.post(
      '/api/meetings',
      { enterpriseId: staff.enterpriseId, topic: '保温杯 OEM 定制洽谈', slots: [slot(20), slot(24 * 60)], ...over },
      token,
    );
  const count = async () => Number((await ds.query('SELECT COUNT(*) AS n FROM meetings'))[0].n);
  const notices = async (token: string) => (await http.get<NotificationView[]>('/api/notifications', token)).body;

  beforeAll(async () => {
    t = await start();
    http = httpClient(t.url);
    ds = t.app.get(DataSource);
    buyer = await login('buyer@demo.livefair.cn');
    staff = await login('exhibitor@demo.livefair.cn');
    boothId = (await http.get('/api/my/booths', staff.token)).body[0].id;
  });
  afterAll(async () => {
    pool.closeAll();
    await t?.close();
  });

  describe('booked, accepted, met', () => {
    let meeting: MeetingView;

    it('a buyer proposes slots; the enterprise sees it in its list and its inbox', async () => {
      const res = await propose(buyer.token, { message: '想看一下生产线', demandId: 'demand-42', context: 'matching:s-1' });
      expect(res.status).toBe(201);
      meeting = res.body;
      expect(meeting).toMatchObject({
        status: 'proposed',
        buyerId: buyer.id,
        enterpriseId: staff.enterpriseId,
        demandId: 'demand-42',
        context: 'matching:s-1',
        accepted: null,
        room: null,
      });
      expect(meeting.slots).toHaveLength(2);
      expect(meeting.slots[0].startsAt.endsWith('Z')).toBe(true);
      const theirs = await http.get<MeetingView[]>('/api/my/meetings?status=proposed', staff.token);
      expect(theirs.body.map((m) => m.id)).toContain(meeting.id);
      expect((await notices(staff.token)).some((n) => n.kind === 'meeting.proposed' && n.body.includes('保温杯'))).toBe(true);
    });

    it('the staff accept the first slot: the room exists, private, for the buyer and that staff member', async () => {
      const res = await http.post<MeetingView>(`/api/meetings/${meeting.id}/accept`, { slotIndex: 0 }, staff.token);
      expect(res.status).toBe(200);
      meeting = res.body;
      expect(meeting.status).toBe('accepted');
      expect(meeting.accepted).toEqual(meeting.slots[0]);
      expect(meeting.participantIds.sort()).toEqual([buyer.id, staff.id].sort());
      expect(meeting.room).not.toBeNull();
      expect(Date.parse(meeting.room!.opensAt)).toBe(Date.parse(meeting.slots[0].startsAt) - 30 * MIN);
      const notice = (await notices(buyer.token)).find((n) => n.kind === 'meeting.accepted');
      expect(notice?.body).toContain('北京时间');

      // Never public: not a live session anyone can look up, not in the booth's list.
      expect((await http.get(`/api/live-sessions/${meeting.room!.sessionId}`)).status).toBe(404);
      const listed = await http.get<{ id: string }[]>(`/api/booths/${boothId}/live-sessions`);
      expect(listed.body.map((s) => s.id)).not.toContain(meeting.room!.sessionId);
      // No stream key for an encoder, no moderation: a meeting room has participants, not booth staff.
      expect((await http.get(`/api/live-sessions/${meeting.room!.sessionId}/ingest`, staff.token)).status).toBe(403);
    });

    it('both join as publishers, each may open a send transport; third parties are refused at room.join', async () => {
      const sessionId = meeting.room!.sessionId;
      const b = await pool.open(buyer.token);
      const s = await pool.open(staff.token);
      const bj = await b.request('room.join', { sessionId, as: 'publisher' });
      const sj = await s.request('room.join', { sessionId, as: 'publisher' });
      expect(bj.can.publish).toBe(true);
      expect(sj.can.publish).toBe(true);
      expect(sj.can.moderate).toBe(false);
      expect(bj.session.kind).toBe('meeting');
      expect((await b.request('transport.create', { direction: 'send' })).id).toBeTruthy();
      expect((await s.request('transport.create', { direction: 'send' })).id).toBeTruthy();
      expect((await s.request('transport.create', { direction: 'recv' })).id).toBeTruthy();

      const otherBuyer = await register('buyer', '另一位买家');
      const otherStaff = await register('exhibitor', '别家厂长');
      expect(await (await pool.open(otherBuyer.token)).errorCode('room.join', { sessionId, as: 'viewer' })).toBe(
        'MEETING_NOT_PARTICIPANT',
      );
      expect(await (await pool.open(otherStaff.token)).errorCode('room.join', { sessionId, as: 'publisher' })).toBe(
        'MEETING_NOT_PARTICIPANT',
      );
      expect(await (await pool.open()).errorCode('room.join', { sessionId, as: 'viewer' })).toBe('AUTH_REQUIRED');
      // The refused get nothing of the room: not even its chat or likes.
      const refused = await pool.open(otherBuyer.token);
      await refused.errorCode('room.join', { sessionId, as: 'viewer' });
      expect(await refused.errorCode('chat.send', { text: '你好' })).toBe('NOT_IN_ROOM');
    });

    it('holds at most 4 devices', async () => {
      const sessionId = meeting.room!.sessionId;
      for (let i = 0; i < 2; i++) await (await pool.open(buyer.token)).request('room.join', { sessionId, as: 'publisher' });
      expect(await (await pool.open(buyer.token)).errorCode('room.join', { sessionId, as: 'publisher' })).toBe(
        'MEETING_ROOM_FULL',
      );
    });

    it('a cancel ends the room for those in it, and nobody can join again', async () => {
      const sessionId = meeting.room!.sessionId;
      pool.closeAll();
      const b = await pool.open(buyer.token);
      await b.request('room.join', { sessionId, as: 'publisher' });
      const ended = b.next('room.status', 10_000, (e) => e.status === 'ended');
      const res = await http.post<MeetingView>(`/api/meetings/${meeting.id}/cancel`, { reason: '行程有变' }, staff.token);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'cancelled', cancelledBy: 'enterprise', cancelReason: '行程有变', room: null });
      await ended;
      expect(await (await pool.open(buyer.token)).errorCode('room.join', { sessionId, as: 'publisher' })).toBe(
        'LIVE_SESSION_ENDED',
      );
      expect((await notices(buyer.token)).some((n) => n.kind === 'meeting.cancelled' && n.body.includes('行程有变'))).toBe(true);
    });
  });

  it("a participant's revoked token (logout) takes their socket out of the room", async () => {
    const b = await register('buyer', '退出登录的买家');
    const m = (await propose(b.token, { slots: [slot(10)] })).body;
    const accepted = (await http.post<MeetingView>(`/api/meetings/${m.id}/accept`, { slotIndex: 0 }, staff.token)).body;
    const c = await pool.open(b.token);
    // Joined as a viewer it still takes one of the room's places (and may publish later by joining again).
    const joined = await c.request('room.join', { sessionId: accepted.room!.sessionId, as: 'viewer' });
    expect(joined.can.publish).toBe(false);
    const expired = c.next('session.expired', 10_000);
    expect((await http.post('/api/auth/logout', {}, b.token)).status).toBeLessThan(300);
    expect((await expired).reason).toBe('revoked');
    await http.post(`/api/meetings/${m.id}/cancel`, {}, staff.token);
  });

  it('a room refuses joins from its closing time, and its close job ends it for those inside', async () => {
    const b = await register('buyer', '准时的买家');
    const accept = async (inMin: number) => {
      const m = (await propose(b.token, { slots: [slot(inMin, 15)] })).body;
      return (await http.post<MeetingView>(`/api/meetings/${m.id}/accept`, { slotIndex: 0 }, staff.token)).body.room!.sessionId;
    };
    // Time passes: the rooms' closing time is moved into the past (the clock is not ours to move).
    const closeNow = (sessionId: string) =>
      ds.getRepository('LiveSession').update({ id: sessionId }, { closesAt: new Date(Date.now() - 1000) });
    const late = await accept(2);
    await closeNow(late);
    expect(await (await pool.open(b.token)).errorCode('room.join', { sessionId: late, as: 'publisher' })).toBe(
      'MEETING_ROOM_CLOSED',
    );

    const inside = await accept(17); // right after the first: both rooms are open now
    const c = await pool.open(b.token);
    await c.request('room.join', { sessionId: inside, as: 'publisher' });
    const ended = c.next('room.status', 10_000, (e) => e.status === 'ended');
    await closeNow(inside);
    await t.app.get(JobQueue).enqueue('live.meeting.close', { sessionId: inside }, { jobId: `test-close:${inside}` });
    await ended;
    expect(await (await pool.open(b.token)).errorCode('room.join', { sessionId: inside, as: 'publisher' })).toBe(
      'LIVE_SESSION_ENDED',
    );
  });

  it('a room opens only shortly before its slot', async () => {
    const b = await register('buyer', '早到的买家');
    const m = (await propose(b.token, { slots: [slot(3 * 60)] })).body;
    const accepted = (await http.post<MeetingView>(`/api/meetings/${m.id}/accept`, { slotIndex: 0 }, staff.token)).body;
    const c = await pool.open(b.token);
    expect(await c.errorCode('room.join', { sessionId: accepted.room!.sessionId, as: 'publisher' })).toBe(
      'MEETING_ROOM_NOT_OPEN',
    );
    await http.post(`/api/meetings/${m.id}/cancel`, {}, b.token);
  });

  it('declines need a reason; a declined meeting cannot be accepted; only the parties see or answer it', async () => {
    const b = await register('buyer', '被婉拒的买家');
    const other = await register('buyer', '旁人');
    const otherStaff = await register('exhibitor', '别的工厂');
    const m = (await propose(b.token)).body;
    expect((await http.get(`/api/meetings/${m.id}`, other.token)).body.code).toBe('NOT_OWNER');
    expect((await http.post(`/api/meetings/${m.id}/accept`, { slotIndex: 0 }, otherStaff.token)).body.code).toBe('NOT_OWNER');
    expect((await http.post(`/api/meetings/${m.id}/accept`, { slotIndex: 0 }, b.token)).body.code).toBe('FORBIDDEN_ROLE');
    expect((await http.post(`/api/meetings/${m.id}/accept`, { slotIndex: 3 }, staff.token)).body.code).toBe(
      'MEETING_SLOT_NOT_OFFERED',
    );
    expect((await http.post(`/api/meetings/${m.id}/decline`, {}, staff.token)).body.code).toBe('VALIDATION_FAILED');
    const declined = await http.post<MeetingView>(`/api/meetings/${m.id}/decline`, { reason: '该时段停产检修' }, staff.token);
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: '该时段停产检修' });
    expect((await http.post(`/api/meetings/${m.id}/accept`, { slotIndex: 0 }, staff.token)).body.code).toBe(
      'MEETING_TRANSITION_INVALID',
    );
    expect((await notices(b.token)).some((n) => n.kind === 'meeting.declined' && n.body.includes('停产检修'))).toBe(true);
    expect((await http.get<MeetingView[]>('/api/my/meetings', b.token)).body.map((x) => x.id)).toEqual([m.id]);
    expect((await http.get<MeetingView[]>('/api/my/meetings', other.token)).body).toEqual([]);
  });

  it('bad input is refused with its code and nothing is stored', async () => {
    const b = await register('buyer', '填错的买家');
    const before = await count();
    const past = {
      startsAt: new Date(Date.now() - 60 * MIN).toISOString(),
      endsAt: new Date(Date.now() - 30 * MIN).toISOString(),
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ slots: [past] }, 'MEETING_SLOT_IN_PAST'],
      [{ slots: [slot(60, 5)] }, 'MEETING_SLOT_TOO_SHORT'],
      [{ slots: [slot(60, 300)] }, 'MEETING_SLOT_TOO_LONG'],
      [{ slots: [slot(90 * 24 * 60)] }, 'MEETING_SLOT_TOO_FAR'],
      [{ slots: [slot(60, 60), slot(90, 30)] }, 'MEETING_SLOTS_OVERLAP'],
      [{ slots: [{ startsAt: '2030-01-01T10:00:00', endsAt: '2030-01-01T10:30:00' }] }, 'VALIDATION_FAILED'],
      [{ slots: [] }, 'VALIDATION_FAILED'],
      [{ slots: [1, 2, 3, 4, 5, 6].map((i) => slot(i * 60)) }, 'VALIDATION_FAILED'],
      [{ topic: '' }, 'VALIDATION_FAILED'],
      [{ topic: '洽'.repeat(201) }, 'VALIDATION_FAILED'],
      [{ surprise: true }, 'VALIDATION_FAILED'],
      [{ enterpriseId: randomUUID() }, 'MEETING_ENTERPRISE_NOT_FOUND'],
      [{ enterpriseId: 'not-an-id' }, 'VALIDATION_FAILED'],
    ];
    for (const [over, code] of cases) {
      const res = await propose(b.token, over);
      expect([res.status, res.body.code, JSON.stringify(over).slice(0, 60)]).toEqual([
        code === 'VALIDATION_FAILED' ? 400 : code === 'MEETING_ENTERPRISE_NOT_FOUND' ? 404 : 422,
        code,
        JSON.stringify(over).slice(0, 60),
      ]);
    }
    expect((await propose(staff.token)).body.code).toBe('FORBIDDEN_ROLE');
    expect((await http.post('/api/meetings', { enterpriseId: staff.enterpriseId })).status).toBe(401);
    expect(await count()).toBe(before);
  });

  it('bounds: open meetings per buyer and enterprise, requests per buyer per day', async () => {
    const b = await register('buyer', '心急的买家');
    const second = await register('exhibitor', '第二家工厂');
    const secondEnterprise = (await http.get('/api/auth/me', second.token)).body.enterpriseId as string;
    expect((await propose(b.token, { slots: [slot(60)] })).status).toBe(201);
    expect((await propose(b.token, { slots: [slot(120)] })).status).toBe(201);
    expect((await propose(b.token, { slots: [slot(180)] })).body.code).toBe('MEETING_LIMIT');
    const elsewhere = (over: Record<string, unknown>) => propose(b.token, { enterpriseId: secondEnterprise, ...over });
    expect((await elsewhere({ slots: [slot(60)] })).status).toBe(201);
    expect((await elsewhere({ slots: [slot(120)] })).status).toBe(201);
    const third = await register('exhibitor', '第三家工厂');
    const thirdEnterprise = (await http.get('/api/auth/me', third.token)).body.enterpriseId as string;
    const res = await propose(b.token, { enterpriseId: thirdEnterprise, slots: [slot(60)] });
    expect([res.status, res.body.code]).toEqual([429, 'RATE_LIMITED']);
  });

  it('a participant cannot be booked twice at the same time', async () => {
    const a = await register('buyer', '买家甲');
    const c = await register('buyer', '买家乙');
    const s = slot(6 * 60);
    const m1 = (await propose(a.token, { slots: [s] })).body;
    const m2 = (await propose(c.token, { slots: [s] })).body;
    expect((await http.post(`/api/meetings/${m1.id}/accept`, { slotIndex: 0 }, staff.token)).status).toBe(200);
    expect((await http.post(`/api/meetings/${m2.id}/accept`, { slotIndex: 0 }, staff.token)).body.code).toBe(
      'MEETING_SLOT_TAKEN',
    );
  });
});
