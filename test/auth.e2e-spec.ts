import bcrypt from 'bcryptjs';
import { DataSource } from 'typeorm';
import { httpClient } from './support/http';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

describe('accounts and auth (MariaDB + Redis)', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;
  let demoBoothOfOther: string;

  beforeAll(async () => {
    t = await startProductionApp('auth', { DEMO_DATA: 'true' });
    http = httpClient(t.url);
    const expos = await http.get('/api/expos');
    const expo = await http.get(`/api/expos/${expos.body[0].id}`);
    const booths = await http.get(`/api/halls/${expo.body.halls[1].id}/booths`);
    demoBoothOfOther = booths.body[0].id;
  });
  afterAll(() => t?.close());

  const register = (over: Record<string, unknown> = {}) =>
    http.post('/api/auth/register', {
      email: `u${Math.random().toString(36).slice(2)}@example.cn`,
      password: 'correct horse 1',
      displayName: '张三 🏭',
      role: 'buyer',
      ...over,
    });

  it('registers a buyer, logs in and reads itself back with Chinese and emoji intact', async () => {
    const email = `Zhang.${Date.now()}@Example.CN`;
    const reg = await register({ email, displayName: '张三 🏭 采购部' });
    expect(reg.status).toBe(201);
    expect(reg.body.user).toMatchObject({
      email: email.toLowerCase(),
      role: 'buyer',
      displayName: '张三 🏭 采购部',
      enterpriseId: null,
    });
    expect(reg.body.user.passwordHash).toBeUndefined();
    const login = await http.post('/api/auth/login', { email, password: 'correct horse 1' });
    expect(login.status).toBe(200);
    const me = await http.get('/api/auth/me', login.body.accessToken);
    expect(me.status).toBe(200);
    expect(me.body.displayName).toBe('张三 🏭 采购部');
  });

  it('stores a hash, never the password', async () => {
    const reg = await register({ email: `hash${Date.now()}@example.cn` });
    const ds = t.app.get(DataSource);
    const [row] = await ds.query('SELECT passwordHash FROM users WHERE id = ?', [reg.body.user.id]);
    expect(row.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(row.passwordHash).not.toContain('correct horse 1');
  });

  describe('passwords', () => {
    // 24 Chinese characters are 72 UTF-8 bytes: all bcrypt ever read of a password.
    const head = '我们的工厂在宁波专业生产针织服装已经有二十年历史了'.slice(0, 24);

    it('counts every character: two passwords sharing their first 72 bytes are different', async () => {
      expect(Buffer.byteLength(head)).toBe(72);
      const email = `long${Date.now()}@example.cn`;
      expect((await register({ email, password: `${head}-甲-right` })).status).toBe(201);
      expect((await http.post('/api/auth/login', { email, password: `${head}-乙-wrong` })).status).toBe(401);
      expect((await http.post('/api/auth/login', { email, password: `${head}-甲-right` })).status).toBe(200);
    });

    it('refuses a password over 256 characters with a clear validation error, not a silent cut', async () => {
      const r = await register({ password: 'x'.repeat(257) });
      expect(r.status).toBe(400);
      expect(r.body.details).toEqual([{ field: 'password', problems: ['password must be 8 to 256 characters'] }]);
      expect((await register({ password: '密'.repeat(256) })).status).toBe(201);
    });

    it('still logs in a release-1 bcrypt account, and stores its hash as scrypt on that login', async () => {
      const email = `legacy${Date.now()}@example.cn`;
      const reg = await register({ email });
      const ds = t.app.get(DataSource);
      await ds.query('UPDATE users SET passwordHash = ? WHERE id = ?', [
        await bcrypt.hash('correct horse 1', 10),
        reg.body.user.id,
      ]);
      expect((await http.post('/api/auth/login', { email, password: 'wrong horse 1' })).status).toBe(401);
      const [before] = await ds.query('SELECT passwordHash FROM users WHERE id = ?', [reg.body.user.id]);
      expect(before.passwordHash).toMatch(/^\$2[aby]\$/);
      expect((await http.post('/api/auth/login', { email, password: 'correct horse 1' })).status).toBe(200);
      const [after] = await ds.query('SELECT passwordHash FROM users WHERE id = ?', [reg.body.user.id]);
      expect(after.passwordHash).toMatch(/^scrypt\$/);
      expect((await http.post('/api/auth/login', { email, password: 'correct horse 1' })).status).toBe(200);
    });
  });

  it('registers an exhibitor together with its enterprise', async () => {
    const reg = await register({ role: 'exhibitor', enterpriseName: '义乌小商品工厂' });
    expect(reg.status).toBe(201);
    expect(reg.body.user.enterpriseId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a second account with the same email (409 AUTH_EMAIL_TAKEN)', async () => {
    const email = `dup${Date.now()}@example.cn`;
    expect((await register({ email })).status).toBe(201);
    const again = await register({ email: email.toUpperCase() });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('AUTH_EMAIL_TAKEN');
  });

  describe('401', () => {
    it('wrong password and unknown email look the same', async () => {
      const wrong = await http.post('/api/auth/login', { email: 'buyer@demo.livefair.cn', password: 'nope-nope' });
      const unknown = await http.post('/api/auth/login', { email: 'nobody@demo.livefair.cn', password: 'nope-nope' });
      for (const r of [wrong, unknown]) {
        expect(r.status).toBe(401);
        expect(r.body.code).toBe('AUTH_INVALID_CREDENTIALS');
      }
    });

    it('no token on a protected route', async () => {
      const r = await http.get('/api/auth/me');
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ code: 'AUTH_REQUIRED' });
      expect(typeof r.body.requestId).toBe('string');
    });

    it('a forged or malformed token', async () => {
      const forged = await http.get('/api/auth/me', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZSI6ImJ1eWVyIn0.bad');
      expect(forged.status).toBe(401);
      expect(forged.body.code).toBe('AUTH_INVALID_TOKEN');
      const r = await http.request('GET', '/api/auth/me', {});
      expect(r.status).toBe(401);
    });
  });

  describe('403', () => {
    it('a buyer cannot use exhibitor or organizer routes', async () => {
      const buyer = (await http.post('/api/auth/login', { email: 'buyer@demo.livefair.cn', password: demoPassword(t) })).body
        .accessToken;
      const booths = await http.get('/api/my/booths', buyer);
      expect(booths.status).toBe(403);
      expect(booths.body.code).toBe('FORBIDDEN_ROLE');
      expect((await http.get('/api/my/expos', buyer)).status).toBe(403);
    });

    it("an exhibitor cannot edit another enterprise's booth, and nothing changes", async () => {
      const ex = (await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) })).body
        .accessToken;
      const before = await http.get(`/api/booths/${demoBoothOfOther}`);
      const r = await http.patch(`/api/booths/${demoBoothOfOther}`, { headline: '被篡改' }, ex);
      expect(r.status).toBe(403);
      expect(r.body.code).toBe('NOT_OWNER');
      expect(r.body.headline).toBeUndefined();
      const after = await http.get(`/api/booths/${demoBoothOfOther}`);
      expect(after.body.headline).toBe(before.body.headline);
    });

    it('an exhibitor edits its own booth', async () => {
      const ex = (await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) })).body
        .accessToken;
      const mine = await http.get('/api/my/booths', ex);
      expect(mine.status).toBe(200);
      expect(mine.body).toHaveLength(1);
      const r = await http.patch(`/api/booths/${mine.body[0].id}`, { headline: '今晚8点直播 · 工厂价 🎉' }, ex);
      expect(r.status).toBe(200);
      expect((await http.get(`/api/booths/${mine.body[0].id}`)).body.headline).toBe('今晚8点直播 · 工厂价 🎉');
    });
  });
});
