import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { httpClient } from './support/http';
import { TEST_REDIS_URL } from './support/services';
import { startProductionApp, TEST_JWT_SECRET, TestApp } from './support/test-app';

const entry = join(__dirname, '..', 'dist', 'apps', 'admin', 'src', 'main.js');

describe('who may register as what; organizers come from the operator command (MariaDB + Redis)', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    t = await startProductionApp('admin_cmd');
    http = httpClient(t.url);
  });
  afterAll(() => t?.close());

  /** `npm run admin -- ...` as a child process against this test's database and Redis prefix. */
  function admin(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LIVEFAIR_MODE: 'production',
      DATABASE_URL: t.db!.url,
      REDIS_URL: TEST_REDIS_URL,
      JWT_SECRET: TEST_JWT_SECRET,
      QUEUE_PREFIX: t.config.queue.prefix,
      DATA_DIR: t.config.dataDir,
    };
    return new Promise((resolve) => {
      const child = execFile(process.execPath, [entry, ...args], { env, timeout: 30_000 }, (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin!.end(stdin ?? '');
    });
  }

  it('has a built admin command (npm test builds it first)', () => {
    expect(existsSync(entry)).toBe(true);
  });

  it('refuses self-service registration as organizer with 403 REGISTRATION_ROLE_FORBIDDEN, and writes nothing', async () => {
    const r = await http.post('/api/auth/register', {
      email: 'wannabe@example.cn',
      password: 'correct horse 1',
      displayName: '假主办',
      role: 'organizer',
    });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('REGISTRATION_ROLE_FORBIDDEN');
    expect((await http.post('/api/auth/login', { email: 'wannabe@example.cn', password: 'correct horse 1' })).status).toBe(401);
    expect(
      (
        await http.post('/api/auth/register', {
          email: 'buyer1@example.cn',
          password: 'correct horse 1',
          displayName: '采购',
          role: 'buyer',
        })
      ).status,
    ).toBe(201);
  });

  it('create-organizer makes an organizer who logs in with the password it printed once', async () => {
    const r = await admin(['create-organizer', '--email', 'Boss@Example.cn', '--name', '李主办']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const password = /^Password: (\S+)/m.exec(r.stdout)?.[1];
    expect(password).toMatch(/^[\w-]{20}$/);
    const login = await http.post('/api/auth/login', { email: 'boss@example.cn', password });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ role: 'organizer', displayName: '李主办' });
    expect((await http.get('/api/my/expos', login.body.accessToken)).status).toBe(200);

    const again = await admin(['create-organizer', '--email', 'boss@example.cn', '--name', '李主办']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^AUTH_EMAIL_TAKEN: /);
  });

  it('create-organizer --password-stdin takes the password and never prints it', async () => {
    const r = await admin(
      ['create-organizer', '--email', 'chair@example.cn', '--name', '王主席', '--password-stdin'],
      '主席的密码-0123456789\n',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('主席的密码');
    expect((await http.post('/api/auth/login', { email: 'chair@example.cn', password: '主席的密码-0123456789' })).status).toBe(
      200,
    );
  });

  it('set-role changes the role and revokes the tokens that carry the old one', async () => {
    const before = await http.post('/api/auth/login', { email: 'buyer1@example.cn', password: 'correct horse 1' });
    const r = await admin([
      'set-role',
      '--email',
      'buyer1@example.cn',
      '--role',
      'exhibitor',
      '--enterprise-name',
      '慈溪小家电厂',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/is now exhibitor of enterprise [0-9a-f-]{36}/);
    // The revocation reaches the server process over Redis; poll briefly for it.
    let status = 200;
    for (let i = 0; i < 100 && status === 200; i++) {
      status = (await http.get('/api/auth/me', before.body.accessToken)).status;
      if (status === 200) await new Promise((res) => setTimeout(res, 50));
    }
    expect(status).toBe(401);
    const after = await http.post('/api/auth/login', { email: 'buyer1@example.cn', password: 'correct horse 1' });
    expect(after.body.user.role).toBe('exhibitor');
    expect((await http.get('/api/my/booths', after.body.accessToken)).status).toBe(200);
  });

  it('explains its usage and exits 2 on a bad command line', async () => {
    const r = await admin(['make-me-admin']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('create-organizer --email');
  });
});
