import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const entries = ['api', 'live', 'worker', 'all-in-one'].map((a) => join(root, 'dist', 'apps', a, 'src', 'main.js'));

describe('a bad configuration stops every process with one clear line', () => {
  it('has built entry points (npm test builds them first)', () => {
    for (const e of entries) expect(existsSync(e)).toBe(true);
  });

  it.each(entries.map((e) => [e.split('/').slice(-3)[0], e]))('%s exits 1 naming the variable', (_name, entry) => {
    const r = spawnSync(process.execPath, [entry], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, HTTP_PORT: 'not-a-port' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: HTTP_PORT /);
  });

  it('production without DATABASE_URL names DATABASE_URL', () => {
    const r = spawnSync(process.execPath, [entries[0]], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LIVEFAIR_MODE: 'production' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^Invalid configuration: DATABASE_URL/);
  });

  it('names a malformed DATABASE_URL or REDIS_URL without printing the password in it', () => {
    for (const [variable, value] of [
      ['DATABASE_URL', 'mysql://app:s3cret-pw@db.internal:3306'],
      ['REDIS_URL', 'redis//:s3cret-pw@redis.internal:6379'],
    ]) {
      const r = spawnSync(process.execPath, [entries[0]], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, [variable]: value },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toMatch(new RegExp(`^Invalid configuration: ${variable}`));
      expect(r.stderr + r.stdout).not.toContain('s3cret-pw');
    }
  });
});
