import type { Socket } from 'socket.io';

/**
 * The address a socket comes from. Behind `trustProxyHops` reverse proxies (TRUST_PROXY, as express's `trust proxy` reads it), the
 * entry that many hops back in X-Forwarded-For (the proxies append what they saw); the peer
 * address otherwise, since anyone can send the header.
 */
export function clientIp(socket: Socket, trustProxyHops: number): string {
  const peer = socket.handshake.address;
  if (trustProxyHops === 0) return peer;
  const header = socket.handshake.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustProxyHops)];
}
