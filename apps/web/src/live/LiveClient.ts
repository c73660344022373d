import type { LiveAck, LiveRequests, LiveServerEvents } from '@livefair/protocol';
import { io, type Socket } from 'socket.io-client';

import { readToken } from '../auth/session';

const REQUEST_TIMEOUT_MS = 10_000;

/** A failed live request; `code` is the server's error code (or TIMEOUT / DISCONNECTED from the client). */
export class LiveError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'LiveError';
    this.code = code;
  }
}

/** The code of anything thrown by a live or HTTP call (both carry `code`). */
export function liveErrorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'CLIENT_ERROR';
}

type Handler<E extends keyof LiveServerEvents> = (payload: LiveServerEvents[E]) => void;

/**
 * The `/live` socket with typed requests and events. socket.io reconnects by itself; the
 * token is re-read on every (re)connect so a login in another tab is picked up.
 */
export class LiveClient {
  private readonly socket: Socket;

  /** A token the server refused (expired, revoked): not sent again, so the socket carries on anonymously. */
  private refusedToken: string | null = null;

  constructor() {
    this.socket = io('/live', {
      auth: (cb) => {
        const token = readToken();
        cb(token && token !== this.refusedToken && !hasExpired(token) ? { token } : {});
      },
      transports: ['websocket', 'polling'],
      reconnectionDelayMax: 3000,
    });
    // The server ends a socket whose token expired or was revoked; socket.io does not reconnect after
    // that by itself. Reconnect with whatever token is stored now (a newer login), or none.
    this.socket.on('session.expired', () => {
      this.refusedToken = readToken();
      this.socket.once('disconnect', () => this.socket.connect());
    });
    this.socket.on('connect_error', (err: Error & { data?: { code?: string } }) => {
      if (err.data?.code !== 'AUTH_INVALID_TOKEN' || readToken() === this.refusedToken) return;
      this.refusedToken = readToken();
      this.socket.connect();
    });
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  request<E extends keyof LiveRequests>(event: E, payload: LiveRequests[E][0]): Promise<LiveRequests[E][1]> {
    return new Promise((resolve, reject) => {
      this.socket.timeout(REQUEST_TIMEOUT_MS).emit(event, payload, (err: Error | null, ack: LiveAck<LiveRequests[E][1]>) => {
        // socket.io fails a pending ack at once when the connection drops (it may have been handled or not).
        if (err && !this.socket.connected) reject(new LiveError('DISCONNECTED', `${event}: the connection dropped`));
        else if (err) reject(new LiveError('TIMEOUT', `${event}: no answer from the server`));
        else if (ack?.ok) resolve(ack.data);
        else reject(new LiveError(ack?.error?.code ?? 'BAD_RESPONSE', ack?.error?.message ?? `${event} failed`));
      });
    });
  }

  on<E extends keyof LiveServerEvents>(event: E, handler: Handler<E>): () => void {
    const listener = handler as (payload: unknown) => void;
    this.socket.on(event as string, listener);
    return () => void this.socket.off(event as string, listener);
  }

  /** `true` on every (re)connect, `false` on every disconnect. */
  onConnection(handler: (connected: boolean) => void): () => void {
    const up = () => handler(true);
    const down = () => handler(false);
    this.socket.on('connect', up);
    this.socket.on('disconnect', down);
    return () => {
      this.socket.off('connect', up);
      this.socket.off('disconnect', down);
    };
  }

  /** The handshake was refused (bad token...): `code` from the server's error data. */
  onConnectError(handler: (error: LiveError) => void): () => void {
    const listener = (err: Error & { data?: { code?: string } }) =>
      handler(new LiveError(err.data?.code ?? 'NETWORK_ERROR', err.message));
    this.socket.on('connect_error', listener);
    return () => void this.socket.off('connect_error', listener);
  }

  /** A new handshake (with the token stored now, e.g. after logging in on this page); the room joins again by itself. */
  reconnect(): void {
    this.socket.disconnect().connect();
  }

  close(): void {
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }
}

/** The JWT's exp has passed (read without verifying: only to avoid sending a token the server would refuse). */
function hasExpired(token: string): boolean {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof payload.exp === 'number' && payload.exp * 1000 <= Date.now();
  } catch {
    return false;
  }
}
