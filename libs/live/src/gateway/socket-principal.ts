import { DomainError, Principal } from '@livefair/core';
import type { Socket } from 'socket.io';

export interface LiveSocketData {
  principal: Principal | null;
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
