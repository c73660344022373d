import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError } from '@livefair/core';
import { LiveSocket } from './socket-principal';

/**
 * Open sockets per user (LIVE_MAX_SOCKETS_PER_USER) and per IP address, logged in or not
 * (LIVE_MAX_SOCKETS_PER_IP), counted in this process: behind a load balancer one client can
 * hold that many on each live process. Checked at the handshake; a socket stops counting when
 * it disconnects or its connection closes, whichever comes first (a connection closed before
 * the socket ever connected fires no `disconnect`).
 */
@Injectable()
export class SocketQuota {
  private readonly open = new Map<string, number>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Counts the socket until it goes away; TOO_MANY_SOCKETS when its user or address is at the cap. */
  admit(socket: LiveSocket): void {
    const { maxSocketsPerUser, maxSocketsPerIp } = this.config.live;
    const p = socket.data.principal;
    const keys: [string, number][] = [[`ip:${socket.data.ip}`, maxSocketsPerIp]];
    if (p) keys.push([`user:${p.userId}`, maxSocketsPerUser]);
    for (const [key, max] of keys) {
      if ((this.open.get(key) ?? 0) >= max) {
        throw new DomainError(
          'TOO_MANY_SOCKETS',
          `At most ${max} live connections per ${key.startsWith('ip:') ? 'address' : 'user'}; close one first`,
        );
      }
    }
    if (socket.conn.readyState !== 'open')
      throw new DomainError('TOO_MANY_SOCKETS', 'The connection closed during the handshake');
    for (const [key] of keys) this.open.set(key, (this.open.get(key) ?? 0) + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      for (const [key] of keys) {
        const n = (this.open.get(key) ?? 1) - 1;
        if (n > 0) this.open.set(key, n);
        else this.open.delete(key);
      }
    };
    socket.once('disconnect', release);
    socket.conn.once('close', release);
  }
}
