import { DomainError, Principal } from '@livefair/core';
import type { Socket } from 'socket.io';

export interface LiveSocketData {
  principal: Principal | null;
  /** The room this socket has joined, if any. */
  sessionId?: string;
  publisher?: boolean;
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
