import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { ClusterBus } from '../redis/cluster-bus';
import { RedisConnections } from '../redis/redis-connections';
import { jwtTtlMs, TokenRevocations } from './token-revocations';

function embedded(dataDir: string): TokenRevocations {
  const config = { dataDir, redis: null, queue: { prefix: 'lf' }, auth: { jwtTtl: '12h' } } as AppConfig;
  const redis = new RedisConnections(config);
  return new TokenRevocations(config, redis, new ClusterBus(redis));
}

describe('TokenRevocations (embedded default)', () => {
  it('refuses tokens issued before the cut-off, to the millisecond, and only for that user', async () => {
    const r = embedded(mkdtempSync(join(tmpdir(), 'lf-rev-')));
    await r.onModuleInit();
    const before = Date.now() / 1000;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await r.revokeUser('u1');
    const after = Date.now() / 1000;
    expect(r.isRevoked({ userId: 'u1', issuedAt: before })).toBe(true);
    expect(r.isRevoked({ userId: 'u1', issuedAt: after })).toBe(false);
    expect(r.isRevoked({ userId: 'u2', issuedAt: before })).toBe(false);
    r.onApplicationShutdown();
  });

  it('tells listeners once per revocation and keeps cut-offs across a restart (DATA_DIR/revocations.json)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-rev-'));
    const first = embedded(dir);
    await first.onModuleInit();
    const seen: string[] = [];
    first.onRevoked((id) => seen.push(id));
    const issued = Date.now() / 1000 - 1;
    await first.revokeUser('u1');
    await new Promise((resolve) => setImmediate(resolve)); // the bus echo of our own message changes nothing
    expect(seen).toEqual(['u1']);
    first.onApplicationShutdown();

    const restarted = embedded(dir);
    await restarted.onModuleInit();
    expect(restarted.isRevoked({ userId: 'u1', issuedAt: issued })).toBe(true);
    restarted.onApplicationShutdown();
  });

  it('reads JWT_TTL', () => {
    expect([jwtTtlMs('30m'), jwtTtlMs('12h'), jwtTtlMs('7d'), jwtTtlMs('20s')]).toEqual([
      1_800_000, 43_200_000, 604_800_000, 20_000,
    ]);
  });
});
