import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { bootHttpProcess } from '@livefair/core';
import { ApiModule } from '../apps/api/src/api.module';
import { dropRedisPrefix } from './support/redis-cleanup';
import { productionTestConfig } from './support/test-config';
import { createTestDatabase, TestDatabase } from './support/test-database';

/**
 * The web folder serves files and the SPA, never the API's paths: a file there named like an API
 * path (a stray `api/` folder in a deployment) does not shadow the handler, and a GET of the API
 * does not look in the folder at all. Real API process on MariaDB and Redis, real HTTP.
 */
describe('web root and API paths', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let url: string;
  let prefix: string;
  const root = mkdtempSync(join(tmpdir(), 'lf-webroot-'));

  beforeAll(async () => {
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>LiveFair</title>');
    writeFileSync(join(root, 'robots.txt'), 'User-agent: *\n');
    mkdirSync(join(root, 'api'));
    writeFileSync(join(root, 'api', 'expos'), 'a file, not the API');
    writeFileSync(join(root, 'health'), 'a file, not the health check');
    db = await createTestDatabase('webroot');
    const config = productionTestConfig(db.url);
    prefix = config.queue.prefix;
    ({ app, url } = await bootHttpProcess(ApiModule.forRoot(config), config, {
      title: 'web root',
      webRoot: root,
      port: 0,
      handleSignals: false,
    }));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await dropRedisPrefix(prefix);
    rmSync(root, { recursive: true, force: true });
  });

  it('answers API paths from their handlers even when the web folder holds a file of that name', async () => {
    const expos = await fetch(`${url}/api/expos`);
    expect(expos.status).toBe(200);
    expect(expos.headers.get('content-type')).toMatch(/application\/json/);
    expect(Array.isArray(await expos.json())).toBe(true);
    const health = await fetch(`${url}/health`);
    expect(health.headers.get('content-type')).toMatch(/application\/json/);
    expect(await health.text()).not.toContain('a file');
  });

  it('answers a browser GET of an ingest path from the server, not with the SPA page', async () => {
    const ingest = await fetch(`${url}/ingest/rtp/00000000-0000-4000-8000-000000000000`, { headers: { accept: 'text/html' } });
    expect(ingest.headers.get('content-type')).toMatch(/application\/json/);
    expect(ingest.status).toBeGreaterThanOrEqual(400);
    expect(await ingest.text()).not.toContain('<title>LiveFair</title>');
  });

  it('still serves the files and the SPA fallback for other paths', async () => {
    const robots = await fetch(`${url}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(await robots.text()).toBe('User-agent: *\n');
    const page = await fetch(`${url}/expos/anything`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>LiveFair</title>');
  });
});
