import { INestApplication } from '@nestjs/common';
import { loadConfig } from '@livefair/core';
import Redis from 'ioredis';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAllInOne } from '../apps/all-in-one/src/start-all-in-one';
import { postFrom } from './support/from-address';
import { TEST_REDIS_URL } from './support/services';
import { startProductionApp, TestApp } from './support/test-app';

const LIMITS = {
  AUTH_LOGIN_MAX_PER_IP: '6',
  AUTH_LOGIN_MAX_PER_ACCOUNT: '3',
  AUTH_REGISTER_MAX_PER_IP: '4',
  AUTH_REGISTER_MAX_PER_ACCOUNT: '2',
};

const account = (email: string) => ({ email, password: 'correct horse 1', displayName: '限流测试', role: 'buyer' });

describe('login and registration rate limits (MariaDB + Redis)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startProductionApp('auth_limits', LIMITS);
  });
  afterAll(() => t?.close());

  it('limits one account across many IPs: 429 RATE_LIMITED from a fresh IP once the account is over', async () => {
    const login = (ip: string, email: string) => postFrom(ip, t.url, '/api/auth/login', { email, password: 'wrong-password' });
    for (const ip of ['127.0.1.1', '127.0.1.2', '127.0.1.3']) expect((await login(ip, 'victim@example.cn')).status).toBe(401);
    const limited = await login('127.0.1.4', 'Victim@Example.cn ');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another account from the same fresh IP is not affected.
    expect((await login('127.0.1.4', 'someone-else@example.cn')).status).toBe(401);
  });

  it('limits one IP across many accounts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push(
        (await postFrom('127.0.2.1', t.url, '/api/auth/login', { email: `guess${i}@example.cn`, password: 'wrong-password' }))
          .status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
    // Another IP still gets through.
    expect(
      (await postFrom('127.0.2.2', t.url, '/api/auth/login', { email: 'guess0@example.cn', password: 'wrong-password' })).status,
    ).toBe(401);
  });

  it('limits registrations per IP and per email', async () => {
    const fromOneIp: number[] = [];
    for (let i = 0; i < 5; i++)
      fromOneIp.push((await postFrom('127.0.3.1', t.url, '/api/auth/register', account(`reg${i}@example.cn`))).status);
    expect(fromOneIp).toEqual([201, 201, 201, 201, 429]);
    const oneEmail: number[] = [];
    for (const ip of ['127.0.3.2', '127.0.3.3', '127.0.3.4'])
      oneEmail.push((await postFrom(ip, t.url, '/api/auth/register', account('same@example.cn'))).status);
    expect(oneEmail).toEqual([201, 409, 429]);
  });

  it('counts in Redis under the deployment prefix (shared by every API process), never with the email in clear', async () => {
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const keys = await redis.keys(`{${t.config.queue.prefix}:ratelimit:*`);
      expect(keys.some((k) => k.includes(':ratelimit:login-account:'))).toBe(true);
      expect(keys.join(' ')).not.toContain('victim');
    } finally {
      redis.disconnect();
    }
  });
});

describe('login rate limit in the embedded default (in-process counters)', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    const config = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'lf-limits-')),
      MEDIASOUP_WORKERS: '1',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      ...LIMITS,
    });
    ({ app, url } = await startAllInOne(config, 0, false));
  });
  afterAll(() => app?.close());

  it('answers 429 RATE_LIMITED past the per-account limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await postFrom('127.0.4.1', url, '/api/auth/login', { email: 'embedded@example.cn', password: 'wrong-password' }))
          .status,
      );
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
