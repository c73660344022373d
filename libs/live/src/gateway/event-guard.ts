import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ErrorCode } from '@livefair/core';
import type { Event, Socket } from 'socket.io';
import { LiveSocket } from './socket-principal';
import { SocketIdentity } from './socket-identity';
import { DirectDispatch } from './direct-dispatch';
import { TokenBucket, TokenBuckets } from './token-buckets';

/** The request names the `/live` gateways subscribe to (read from their handlers at start). */
export const LIVE_EVENT_NAMES = Symbol('LIVE_EVENT_NAMES');

type Ack = (body: unknown) => void;

/**
 * Runs before every request a socket sends, ahead of Nest's dispatch: a token that expired or was
 * revoked since the handshake (the socket is disconnected), rate limits (a token bucket
 * per socket, and one per logged-in user or, for anonymous sockets, per IP), event names the
 * namespace does not define (socket.io would drop them and the client's ack would never come),
 * and payloads that are not one JSON object. A refused request is answered here, through its
 * ack or a `request.error` event, and never reaches a handler. An accepted request goes to its
 * handler through DirectDispatch when it can (Nest's dispatch otherwise).
 */
@Injectable()
export class EventGuard {
  private readonly perPrincipal: TokenBuckets;
  private readonly perIp: TokenBuckets;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LIVE_EVENT_NAMES) private readonly names: ReadonlySet<string>,
    private readonly identity: SocketIdentity,
    private readonly direct: DirectDispatch,
  ) {
    this.perPrincipal = new TokenBuckets(config.live.eventRate.user);
    this.perIp = new TokenBuckets(config.live.eventRate.ip);
  }

  attach(socket: LiveSocket): void {
    const own = new TokenBucket(this.config.live.eventRate.socket);
    socket.use((packet: Event, next: (err?: Error) => void) => {
      const [name, ...args] = packet as unknown[];
      const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as Ack) : null;
      const event = String(name);
      const refuse = (code: ErrorCode, message: string) => {
        const body = { ok: false, error: { code, message } };
        if (ack) ack(body);
        else (socket as unknown as Socket).emit('request.error', { event, ...body });
      };
      if (!this.identity.stillValid(socket)) return refuse('AUTH_INVALID_TOKEN', 'The access token has expired or was revoked');
      if (!own.take() || !this.sharedBucketTake(socket)) return refuse('RATE_LIMITED', 'Too many requests; slow down');
      if (typeof name !== 'string' || !this.names.has(name))
        return refuse('UNKNOWN_EVENT', `There is no request named ${JSON.stringify(event).slice(0, 80)}`);
      if (args.length !== 1 || !isJsonObject(args[0])) return refuse('VALIDATION_FAILED', 'The payload must be one JSON object');
      const handler = this.direct.handler(name);
      if (!handler) return next();
      // As socket.io hands an event to its listeners: in the next tick, to a socket still connected.
      // EventGuard is the socket's last middleware for these: one added after it never sees them.
      process.nextTick(() => socket.connected && handler(socket, args[0], ack ?? undefined));
    });
  }

  private sharedBucketTake(socket: LiveSocket): boolean {
    const p = socket.data.principal;
    return p ? this.perPrincipal.take(p.userId) : this.perIp.take(socket.data.ip);
  }
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
