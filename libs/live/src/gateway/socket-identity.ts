import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DomainError, Principal, TokenRevocations, TokenService } from '@livefair/core';
import type { Socket } from 'socket.io';
import { LiveSocket } from './socket-principal';

/** setTimeout's longest delay; a later expiry is re-checked then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export type ExpiryReason = 'expired' | 'revoked';

/**
 * A logged-in socket is who its token says only while the token holds: at the token's expiry,
 * or when the user's tokens are revoked (logout, a change of role or enterprise, in any
 * process), the socket is sent `session.expired { reason }` and disconnected. The client
 * reconnects with a fresh token, or none to watch anonymously; before the expiry it may swap in
 * a newer token of the same user with `session.refresh`.
 */
@Injectable()
export class SocketIdentity implements OnModuleInit, OnModuleDestroy {
  private readonly byUser = new Map<string, Set<LiveSocket>>();
  private readonly timers = new WeakMap<LiveSocket, NodeJS.Timeout>();
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly tokens: TokenService,
    private readonly revocations: TokenRevocations,
  ) {}

  onModuleInit(): void {
    this.stopListening = this.revocations.onRevoked((userId) => {
      for (const socket of this.byUser.get(userId) ?? []) this.stillValid(socket);
    });
  }

  onModuleDestroy(): void {
    this.stopListening?.();
  }

  /** A socket that connected with a token: watched until it disconnects. */
  track(socket: LiveSocket): void {
    const p = socket.data.principal;
    if (!p) return;
    let set = this.byUser.get(p.userId);
    if (!set) this.byUser.set(p.userId, (set = new Set()));
    set.add(socket);
    this.schedule(socket, p);
    socket.once('disconnect', () => {
      clearTimeout(this.timers.get(socket));
      const mine = this.byUser.get(p.userId);
      if (mine?.delete(socket) && mine.size === 0) this.byUser.delete(p.userId);
    });
  }

  /** False (and the socket is being disconnected) once its token has expired or was revoked. */
  stillValid(socket: LiveSocket): boolean {
    const p = socket.data.principal;
    if (!p) return true;
    const reason: ExpiryReason | null = this.revocations.isRevoked(p)
      ? 'revoked'
      : p.expiresAt * 1000 <= Date.now()
        ? 'expired'
        : null;
    if (!reason) return true;
    this.end(socket, reason);
    return false;
  }

  /** Swaps in a newer token of the same user (same role and enterprise); the socket then lasts as long as it. */
  refresh(socket: LiveSocket, token: string): Principal {
    const current = socket.data.principal;
    if (!current) throw new DomainError('AUTH_REQUIRED', 'session.refresh is for sockets that connected with a token');
    const next = this.tokens.verify(token);
    if (next.userId !== current.userId || next.role !== current.role || next.enterpriseId !== current.enterpriseId) {
      throw new DomainError(
        'AUTH_INVALID_TOKEN',
        "Not a token of this socket's user (as the same role and enterprise); connect again with it",
      );
    }
    socket.data.principal = next;
    this.schedule(socket, next);
    return next;
  }

  private schedule(socket: LiveSocket, p: Principal): void {
    clearTimeout(this.timers.get(socket));
    const timer = setTimeout(
      () => {
        if (this.stillValid(socket) && socket.connected) this.schedule(socket, socket.data.principal!);
      },
      Math.min(MAX_TIMER_MS, Math.max(0, p.expiresAt * 1000 - Date.now())),
    );
    timer.unref();
    this.timers.set(socket, timer);
  }

  private end(socket: LiveSocket, reason: ExpiryReason): void {
    if (!socket.connected) return;
    (socket as unknown as Socket).emit('session.expired', { reason });
    socket.disconnect(true);
  }
}
