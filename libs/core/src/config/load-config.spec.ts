import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './load-config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'lf-cfg-'));
const prod = {
  LIVEFAIR_MODE: 'production',
  DATABASE_URL: 'mysql://root@127.0.0.1:3306/livefair',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(40),
};

function rejection(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig({ DATA_DIR: dataDir(), ...env });
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('loadConfig', () => {
  it('defaults to the embedded engine with a persistent generated secret', () => {
    const dir = dataDir();
    const a = loadConfig({ DATA_DIR: dir });
    expect(a.mode).toBe('embedded');
    expect(a.database).toMatchObject({ type: 'sqljs', file: join(dir, 'livefair.sqlite') });
    expect(a.redis).toBeNull();
    expect(a.demoData).toBe(true);
    expect(a.demoPassword).toMatch(/^[\w-]{12}$/);
    expect(loadConfig({ DATA_DIR: dir }).demoPassword).toBe(a.demoPassword);
    expect(loadConfig({ DATA_DIR: dataDir() }).demoPassword).not.toBe(a.demoPassword);
    expect(a.auth.jwtSecret).toHaveLength(64);
    expect(loadConfig({ DATA_DIR: dir }).auth.jwtSecret).toBe(a.auth.jwtSecret);
    expect(a.storage.dir).toBe(join(dir, 'uploads'));
    expect(a.catalog).toEqual({
      maxProducts: 2000,
      maxImages: 2000,
      maxImageBytes: 1024 * 1024 * 1024,
      uploadsPerMinute: 30,
      uploadsPerMinutePerIp: 60,
      maxOrganizerImages: 100,
    });
  });

  it('reads the uploads directory and the catalog bounds', () => {
    const c = loadConfig({
      DATA_DIR: dataDir(),
      UPLOADS_DIR: '/srv/livefair/uploads',
      UPLOAD_MAX_MB: '10',
      CATALOG_MAX_PRODUCTS: '5',
    });
    expect(c.storage.dir).toBe('/srv/livefair/uploads');
    expect(c.catalog).toMatchObject({ maxProducts: 5, maxImageBytes: 10 * 1024 * 1024 });
    expect(rejection({ UPLOAD_MAX_PER_MINUTE: '0' }).variable).toBe('UPLOAD_MAX_PER_MINUTE');
  });

  it('reads the export-catalog import bounds', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).catalogImport).toEqual({
      maxFileBytes: 20 * 1024 * 1024,
      maxRows: 50_000,
      uploadsPerHour: 30,
      uploadsPerHourPerIp: 60,
      retentionMs: 168 * 3_600_000,
    });
    const c = loadConfig({
      DATA_DIR: dataDir(),
      IMPORT_MAX_MB: '5',
      IMPORT_MAX_ROWS: '100',
      IMPORT_MAX_PER_HOUR: '2',
      IMPORT_MAX_PER_HOUR_PER_IP: '3',
      IMPORT_RETENTION_HOURS: '24',
    });
    expect(c.catalogImport).toEqual({
      maxFileBytes: 5 * 1024 * 1024,
      maxRows: 100,
      uploadsPerHour: 2,
      uploadsPerHourPerIp: 3,
      retentionMs: 24 * 3_600_000,
    });
    expect(rejection({ IMPORT_RETENTION_HOURS: '0' }).variable).toBe('IMPORT_RETENTION_HOURS');
    expect(rejection({ IMPORT_MAX_MB: '500' }).variable).toBe('IMPORT_MAX_MB');
    expect(rejection({ IMPORT_MAX_ROWS: '0' }).variable).toBe('IMPORT_MAX_ROWS');
  });

  it('bounds what one buyer creates: open orders and orders a minute, refusing nonsense', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).orders).toEqual({ maxOpenPerBuyer: 20, maxPerMinute: 10 });
    expect(loadConfig({ DATA_DIR: dataDir(), ORDERS_MAX_OPEN_PER_BUYER: '5', ORDERS_MAX_PER_MINUTE: '30' }).orders).toEqual({
      maxOpenPerBuyer: 5,
      maxPerMinute: 30,
    });
    for (const bad of ['0', '-1', 'many', '1.5'])
      expect(rejection({ ORDERS_MAX_PER_MINUTE: bad }).variable).toBe('ORDERS_MAX_PER_MINUTE');
    expect(rejection({ ORDERS_MAX_OPEN_PER_BUYER: '0' }).variable).toBe('ORDERS_MAX_OPEN_PER_BUYER');
  });

  it('reads a full production configuration into typed values', () => {
    const c = loadConfig({
      ...prod,
      HTTP_PORT: '8080',
      MEDIASOUP_WORKERS: '3',
      RTC_ANNOUNCED_IP: 'live.example.cn',
      ICE_SERVERS: 'stun:stun.example.cn:3478,turn:turn.example.cn:3478',
      TURN_SECRET: 'coturn-static-auth-secret',
      DATA_DIR: dataDir(),
    });
    expect(c.http.port).toBe(8080);
    expect(c.mediasoup.workers).toBe(3);
    expect(c.mediasoup.announcedIp).toBe('live.example.cn');
    expect(c.ice).toEqual({
      stunUrls: ['stun:stun.example.cn:3478'],
      turnUrls: ['turn:turn.example.cn:3478'],
      turnSecret: 'coturn-static-auth-secret',
      turnTtlMs: 12 * 3600_000,
    });
    expect(c.database.type).toBe('mysql');
    expect(c.demoData).toBe(false);
  });

  it.each([
    ['DATABASE_URL', { ...prod, DATABASE_URL: undefined }],
    ['DATABASE_URL', { ...prod, DATABASE_URL: 'postgres://x/y' }],
    ['REDIS_URL', { ...prod, REDIS_URL: undefined }],
    ['JWT_SECRET', { ...prod, JWT_SECRET: 'short' }],
    ['JWT_SECRET', { ...prod, JWT_SECRET: undefined }],
    ['HTTP_PORT', { HTTP_PORT: 'eighty' }],
    ['HTTP_PORT', { HTTP_PORT: '70000' }],
    ['LIVEFAIR_MODE', { LIVEFAIR_MODE: 'staging' }],
    ['MEDIASOUP_WORKERS', { MEDIASOUP_WORKERS: '-1' }],
    ['RTC_ANNOUNCED_IP', { RTC_ANNOUNCED_IP: 'not a host!' }],
    ['RTC_MIN_PORT', { RTC_MIN_PORT: '50000', RTC_MAX_PORT: '40000' }],
    ['RTC_RESERVED_PORTS', { MEDIASOUP_WORKERS: '2', RTC_MIN_PORT: '40000', RTC_MAX_PORT: '40039', RTC_RESERVED_PORTS: '20' }],
    ['LIVE_MAX_RECV_TRANSPORTS', { LIVE_MAX_RECV_TRANSPORTS: '0' }],
    ['JWT_TTL', { JWT_TTL: 'forever' }],
    ['TURN_SECRET', { ICE_SERVERS: 'turn:turn.example.cn:3478' }],
    ['TURN_SECRET', { TURN_SECRET: 'short' }],
    ['TURN_USERNAME', { TURN_USERNAME: 'static', TURN_CREDENTIAL: 'handed-to-everyone' }],
    ['TURN_CREDENTIAL_TTL', { TURN_CREDENTIAL_TTL: '1 hour' }],
    ['ICE_SERVERS', { ICE_SERVERS: 'http://turn.example.cn' }],
    ['DEMO_DATA', { DEMO_DATA: 'maybe' }],
  ])('rejects a bad %s with one line naming it', (variable, env) => {
    const err = rejection(env as NodeJS.ProcessEnv);
    expect(err.variable).toBe(variable);
    expect(err.message).toContain(variable);
    expect(err.message).not.toContain('\n');
  });

  it('loads demo data into a database given by DATABASE_URL only when DEMO_DATA asks for it', () => {
    const url = 'mysql://root@127.0.0.1:3306/livefair';
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: url })).toMatchObject({ demoData: false, demoPassword: null });
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: url, DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({ DATA_DIR: dataDir(), DEMO_DATA: 'true', DEMO_PASSWORD: 'chosen-password' }).demoPassword).toBe(
      'chosen-password',
    );
  });

  it.each([
    ['JWT_SECRET', { JWT_SECRET: 'hunter2' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://root:hunter2@db.internal:3306' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://app:hunter2@db.internal/app' }],
    ['REDIS_URL', { REDIS_URL: 'http://:hunter2@redis.internal:6379' }],
    ['TURN_CREDENTIAL', { TURN_CREDENTIAL: `hunter2${'x'.repeat(300)}` }],
    ['TURN_SECRET', { TURN_SECRET: 'hunter2' }],
    ['METRICS_TOKEN', { METRICS_TOKEN: 'hunter2' }],
    ['DEMO_PASSWORD', { DEMO_PASSWORD: 'hunter2' }],
  ])('names a malformed %s without echoing its value', (variable, env) => {
    const err = rejection({ ...prod, ...env } as NodeJS.ProcessEnv);
    expect(err.variable).toBe(variable);
    expect(err.message).toContain(variable);
    expect(err.message).not.toContain('hunter2');
  });

  it('still shows a rejected value that is no secret, to help fix it', () => {
    expect(rejection({ HTTP_PORT: 'eighty' }).message).toContain('"eighty"');
  });
});
