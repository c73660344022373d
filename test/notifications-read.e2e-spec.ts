import type { NotificationView } from '@livefair/protocol';
import { QUOTE_ENGINES, quotesWorld, sleep } from './support/quotes-fixture';
import type { TestApp } from './support/test-app';

/**
 * Marking inbox lines read (POST /api/notifications/read), on MariaDB + Redis and on the embedded
 * default: by id and all at once, only the caller's own lines, bad bodies refused with their codes.
 */
describe.each(QUOTE_ENGINES)('inbox lines marked read on %s', (_engine, start) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof quotesWorld>>;
  const unread = async (token: string) => (await w.notifications(token)).filter((n: NotificationView) => !n.readAt);

  beforeAll(async () => {
    t = await start();
    w = await quotesWorld(t);
    // Three RFQs: three lines in the exhibitor's inbox.
    for (let i = 0; i < 3; i++) expect((await w.createRfq(w.buyer.token)).status).toBe(201);
    for (let i = 0; i < 50 && (await unread(w.exhibitor.token)).length < 3; i++) await sleep(100);
  });
  afterAll(() => t?.close());

  it('marks the given lines read, leaves the others, and counts what changed', async () => {
    const before = await unread(w.exhibitor.token);
    expect(before.length).toBeGreaterThanOrEqual(3);
    const res = await w.http.post('/api/notifications/read', { ids: [before[0].id] }, w.exhibitor.token);
    expect([res.status, res.body]).toEqual([200, { marked: 1 }]);
    const line = (await w.notifications(w.exhibitor.token)).find((n: NotificationView) => n.id === before[0].id);
    expect(line?.readAt).toEqual(expect.any(String));
    expect((await unread(w.exhibitor.token)).length).toBe(before.length - 1);
    // Again: already read, nothing changes.
    expect((await w.http.post('/api/notifications/read', { ids: [before[0].id] }, w.exhibitor.token)).body).toEqual({
      marked: 0,
    });
  });

  it("never touches another user's lines", async () => {
    const theirs = await unread(w.exhibitor.token);
    const res = await w.http.post('/api/notifications/read', { ids: theirs.map((n) => n.id) }, w.buyer.token);
    expect([res.status, res.body]).toEqual([200, { marked: 0 }]);
    expect((await unread(w.exhibitor.token)).length).toBe(theirs.length);
  });

  it('marks all read', async () => {
    const left = (await unread(w.exhibitor.token)).length;
    const res = await w.http.post('/api/notifications/read', { all: true }, w.exhibitor.token);
    expect([res.status, res.body]).toEqual([200, { marked: left }]);
    expect(await unread(w.exhibitor.token)).toEqual([]);
  });

  it.each([
    ['nothing', {}],
    ['both', { ids: ['6f1c2d1e-8f5b-4c52-9d1a-3c1d2e4f5a6b'], all: true }],
    ['an empty list', { ids: [] }],
    ['a non-uuid', { ids: ['1 OR 1=1'] }],
    ['101 ids', { ids: Array.from({ length: 101 }, () => '6f1c2d1e-8f5b-4c52-9d1a-3c1d2e4f5a6b') }],
    ['all: false', { all: false }],
    ['an unknown field', { all: true, userId: 'x' }],
  ])('refuses %s with 400 VALIDATION_FAILED', async (_what, body) => {
    const res = await w.http.post('/api/notifications/read', body, w.exhibitor.token);
    expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('needs a login', async () => {
    const res = await w.http.post('/api/notifications/read', { all: true });
    expect([res.status, res.body.code]).toEqual([401, 'AUTH_REQUIRED']);
  });
});
