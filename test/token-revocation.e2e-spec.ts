import { INestApplication } from '@nestjs/common';
import { TokenRevocations } from '@livefair/core';
import { io } from 'socket.io-client';
import { httpClient } from './support/http';
import { startApiReplica, startProductionApp, TestApp } from './support/test-app';

type Replica = { app: INestApplication; url: string; close(): Promise<void> };

/** Polls until `check` holds (the bus message is asynchronous); fails after 5 s. Not a timing assertion. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached within 5 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('token revocation across processes (MariaDB + Redis)', () => {
  let a: TestApp;
  let b: Replica;
  const late: Replica[] = [];

  beforeAll(async () => {
    a = await startProductionApp('revocation');
    b = await startApiReplica(a);
  });
  afterAll(async () => {
    for (const r of late) await r.close();
    await b?.close();
    await a?.close();
  });

  const user = { email: 'logout@example.cn', password: 'correct horse 1', displayName: '退出测试', role: 'buyer' };

  it('logout stops the old token in both processes, and a login in the same moment works at once', async () => {
    const httpA = httpClient(a.url);
    const httpB = httpClient(b.url);
    expect((await httpA.post('/api/auth/register', user)).status).toBe(201);
    const old = (await httpB.post('/api/auth/login', { email: user.email, password: user.password })).body.accessToken;
    expect((await httpA.get('/api/auth/me', old)).status).toBe(200);
    expect((await httpB.get('/api/auth/me', old)).status).toBe(200);

    const revokedOnB: string[] = [];
    b.app.get(TokenRevocations).onRevoked((userId) => revokedOnB.push(userId));

    expect((await httpA.post('/api/auth/logout', undefined, old)).status).toBe(204);
    // Right away, without waiting for a new second: the JWT iat alone could not tell these apart.
    const fresh = (await httpA.post('/api/auth/login', { email: user.email, password: user.password })).body.accessToken;

    const onA = await httpA.get('/api/auth/me', old);
    expect(onA.status).toBe(401);
    expect(onA.body.code).toBe('AUTH_INVALID_TOKEN');
    await eventually(async () => (await httpB.get('/api/auth/me', old)).status === 401);
    expect(revokedOnB).toHaveLength(1);

    expect((await httpA.get('/api/auth/me', fresh)).status).toBe(200);
    expect((await httpB.get('/api/auth/me', fresh)).status).toBe(200);
    expect((await httpB.post('/api/auth/logout', undefined, old)).status).toBe(401);

    // A process that starts after the revocation loads it.
    const c = await startApiReplica(a);
    late.push(c);
    expect((await httpClient(c.url).get('/api/auth/me', old)).status).toBe(401);
    expect((await httpClient(c.url).get('/api/auth/me', fresh)).status).toBe(200);

    // The socket.io handshake refuses it too.
    const s = io(`${a.url}/live`, { auth: { token: old }, transports: ['websocket'], reconnection: false, forceNew: true });
    const err = await new Promise<Error & { data?: { code: string } }>((resolve) => s.once('connect_error', resolve));
    s.close();
    expect(err.data?.code).toBe('AUTH_INVALID_TOKEN');
  });

  it('logout needs a token', async () => {
    const r = await httpClient(a.url).post('/api/auth/logout');
    expect(r.status).toBe(401);
    expect(r.body.code).toBe('AUTH_REQUIRED');
  });
});
