import { DataSource } from 'typeorm';
import { httpClient } from './support/http';
import { startProductionApp, TestApp } from './support/test-app';

describe('validation and error bodies (MariaDB + Redis)', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    // Many registration attempts with one email from one IP: raise the rate limits (tested in auth-limits) out of the way.
    t = await startProductionApp('validation', {
      AUTH_REGISTER_MAX_PER_ACCOUNT: '1000',
      AUTH_REGISTER_MAX_PER_IP: '1000',
      AUTH_LOGIN_MAX_PER_ACCOUNT: '1000',
    });
    http = httpClient(t.url);
  });
  afterAll(() => t?.close());

  const valid = { email: 'v@example.cn', password: 'password-123', displayName: '李四', role: 'buyer' };

  it.each([
    ['missing fields', {}, ['email', 'password', 'displayName', 'role']],
    ['a bad email', { ...valid, email: 'not-an-email' }, ['email']],
    ['a short password', { ...valid, password: 'short' }, ['password']],
    ['an unknown role', { ...valid, role: 'admin' }, ['role']],
    ['an exhibitor without enterprise', { ...valid, role: 'exhibitor' }, ['enterpriseName']],
    ['an unknown field', { ...valid, isAdmin: true }, ['isAdmin']],
    ['a number where text belongs', { ...valid, displayName: 42 }, ['displayName']],
    ['an empty display name', { ...valid, displayName: '   ' }, ['displayName']],
  ])('rejects %s with 400 VALIDATION_FAILED naming the fields', async (_label, body, fields) => {
    const r = await http.post('/api/auth/register', body);
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('VALIDATION_FAILED');
    expect(r.body.details.map((d: { field: string }) => d.field).sort()).toEqual([...fields].sort());
    expect(typeof r.body.requestId).toBe('string');
  });

  it('writes nothing for a rejected request', async () => {
    await http.post('/api/auth/register', { ...valid, email: 'half@example.cn', role: 'exhibitor' });
    const ds = t.app.get(DataSource);
    expect(await ds.query('SELECT id FROM users WHERE email = ?', ['half@example.cn'])).toHaveLength(0);
    const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM enterprises');
    expect(Number(n)).toBe(0);
  });

  it('rejects malformed JSON with 400 MALFORMED_JSON', async () => {
    const r = await http.request('POST', '/api/auth/login', { raw: '{"email": "a@b.cn", "password": ' });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('MALFORMED_JSON');
  });

  it('rejects a JSON array or scalar body', async () => {
    for (const raw of ['[1,2,3]', '"text"', 'null']) {
      const r = await http.request('POST', '/api/auth/login', { raw });
      expect(r.status).toBe(400);
      expect(['VALIDATION_FAILED', 'MALFORMED_JSON', 'BAD_REQUEST']).toContain(r.body.code);
    }
  });

  describe('a JSON body nested ~2,000 levels deep (a few KB, well inside the size limit)', () => {
    const deep = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
    // Arrays cost class-transformer the most stack per level: 2,000 of them overflowed it.
    const deepArray = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    let exhibitor: string;

    beforeAll(async () => {
      const reg = await http.post('/api/auth/register', {
        ...valid,
        email: 'deep@example.cn',
        role: 'exhibitor',
        enterpriseName: '深层嵌套工厂',
      });
      exhibitor = reg.body.accessToken;
    });

    it.each([
      ['POST', '/api/auth/register', false],
      ['POST', '/api/auth/login', false],
      ['PATCH', '/api/booths/00000000-0000-4000-8000-000000000000', true],
    ])('%s %s answers 400 JSON_TOO_DEEP, not a 500 from the validation pipe', async (method, path, authed) => {
      const r = await http.request(method, path, {
        raw: `{"email":"a@b.cn","password":"x","headline":${deepArray(2000)}}`,
        token: authed ? exhibitor : undefined,
      });
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('JSON_TOO_DEEP');
    });

    it('refuses deep nesting anywhere in the body, also where no field is nested', async () => {
      const r = await http.request('POST', '/api/auth/login', { raw: deep(33) });
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('JSON_TOO_DEEP');
      const shallow = await http.request('POST', '/api/auth/login', { raw: deep(32) });
      expect(shallow.body.code).toBe('VALIDATION_FAILED');
    });
  });

  it('rejects an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const r = await http.post('/api/auth/login', { email: 'a@b.cn', password: 'x'.repeat(400_000) });
    expect(r.status).toBe(413);
    expect(r.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('rejects a non-UUID id with 400, an unknown id with 404 and a stable code', async () => {
    const bad = await http.get('/api/booths/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const missing = await http.get('/api/booths/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('BOOTH_NOT_FOUND');
    const expo = await http.get('/api/expos/00000000-0000-4000-8000-000000000000');
    expect(expo.body.code).toBe('EXPO_NOT_FOUND');
  });

  it('answers unknown API routes with 404 NOT_FOUND in the same shape', async () => {
    const r = await http.get('/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('NOT_FOUND');
  });

  it('echoes a sane x-request-id and mints one otherwise', async () => {
    const res = await fetch(`${t.url}/api/auth/me`, { headers: { 'x-request-id': 'trace-abc-12345' } });
    expect(res.headers.get('x-request-id')).toBe('trace-abc-12345');
    expect(((await res.json()) as { requestId: string }).requestId).toBe('trace-abc-12345');
    const res2 = await fetch(`${t.url}/api/auth/me`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(res2.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
