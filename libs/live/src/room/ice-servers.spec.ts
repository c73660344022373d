import type { AppConfig } from '@livefair/core';
import type { LiveSocket } from '../gateway/socket-principal';
import { IceServers, turnCredential } from './ice-servers';

const config = (ice: Partial<AppConfig['ice']>) =>
  ({ ice: { stunUrls: [], turnUrls: [], turnSecret: null, turnTtlMs: 3600_000, ...ice } }) as AppConfig;
const socket = (id: string, userId?: string) =>
  ({ id, data: { principal: userId ? { userId } : null } }) as unknown as LiveSocket;

describe('TURN REST API credentials (coturn use-auth-secret)', () => {
  it('are base64(HMAC-SHA1(secret, username)), as coturn computes them', () => {
    // Computed apart: printf '1764547200:buyer-42' | openssl dgst -sha1 -hmac my_secret -binary | base64
    expect(turnCredential('my_secret', '1764547200:buyer-42')).toBe('u2PB3M5drKk98N/4epU5o6mskac=');
  });

  it('are minted per user (anonymous: per socket) and expire TURN_CREDENTIAL_TTL from now', () => {
    const now = Date.UTC(2025, 11, 1, 0, 0, 0); // 1764547200
    const ice = new IceServers(
      config({ stunUrls: ['stun:stun.example.cn:3478'], turnUrls: ['turn:turn.example.cn:3478'], turnSecret: 'my_secret' }),
    );
    ice.now = () => now;
    const [stun, turn] = ice.for(socket('s1', 'buyer-42'));
    expect(stun).toEqual({ urls: ['stun:stun.example.cn:3478'] });
    expect(turn).toEqual({
      urls: ['turn:turn.example.cn:3478'],
      username: '1764550800:buyer-42',
      credential: turnCredential('my_secret', '1764550800:buyer-42'),
    });
    const anon = ice.for(socket('Xy_9-abc'))[1];
    expect(anon.username).toBe('1764550800:anon-Xy_9-abc');
  });

  it('hand out no TURN server without a secret, and STUN without credentials', () => {
    expect(new IceServers(config({ stunUrls: ['stun:a'] })).for(socket('s'))).toEqual([{ urls: ['stun:a'] }]);
    expect(new IceServers(config({})).for(socket('s'))).toEqual([]);
  });
});
