import { DomainError, Principal } from '@livefair/core';
import type { Socket } from 'socket.io';

export interface LiveSocketData {
  principal: Principal | null;
  /** Where the socket comes from (X-Forwarded-For behind TRUST_PROXY proxies). */
  ip: string;
  /** The room this socket has joined, if any (kept after the session ends, so requests get LIVE_SESSION_ENDED). */
  sessionId?: string;
  publisher?: boolean;
  /** Joined as one of the booth's staff. */
  staff?: boolean;
  /** The joined room's session has ended (media requests answer LIVE_SESSION_ENDED). */
  sessionEnded?: boolean;
}

export type LiveSocket = Socket<Record<string, never>, Record<string, never>, Record<string, never>, LiveSocketData>;

export function principalOf(socket: LiveSocket): Principal | null {
  return socket.data.principal ?? null;
}

/** For events that need a logged-in user (chat, likes, buying). */
export function requirePrincipal(socket: LiveSocket): Principal {
  const p = principalOf(socket);
  if (!p) throw new DomainError('AUTH_REQUIRED', 'Log in to do this');
  return p;
}

export function requireRoom(socket: LiveSocket): string {
  const id = socket.data.sessionId;
  if (!id) throw new DomainError('NOT_IN_ROOM', 'Join the room first');
  return id;
}
