import { Injectable } from '@nestjs/common';
import type { LiveServerEvents } from '@livefair/protocol';
import type { Namespace } from 'socket.io';
import type { LiveSocket } from './socket-principal';

const CHANNEL_PREFIX = 'live:';
export const roomChannel = (sessionId: string) => `${CHANNEL_PREFIX}${sessionId}`;

/**
 * Sends room events through the socket.io adapter (Redis in production), so
 * every live process serving a room's viewers delivers them.
 */
@Injectable()
export class RoomHub {
  private nsp: Namespace | null = null;

  attach(nsp: Namespace): void {
    this.nsp = nsp;
  }

  /** The `/live` namespace of this process (null before the gateway starts). */
  get namespace(): Namespace | null {
    return this.nsp;
  }

  toRoom<E extends keyof LiveServerEvents>(sessionId: string, event: E, payload: LiveServerEvents[E]): void {
    this.nsp?.to(roomChannel(sessionId)).emit(event, payload);
  }

  /** To this process's sockets in the room only (numbers each process computes for its own viewers). */
  toLocalRoom<E extends keyof LiveServerEvents>(sessionId: string, event: E, payload: LiveServerEvents[E]): void {
    this.nsp?.local.to(roomChannel(sessionId)).emit(event, payload);
  }

  /** This process's sockets in a room's channel. */
  localSockets(sessionId: string): LiveSocket[] {
    const ids = this.nsp?.adapter.rooms.get(roomChannel(sessionId)) ?? new Set<string>();
    return [...ids].map((id) => this.nsp?.sockets.get(id) as LiveSocket | undefined).filter((s): s is LiveSocket => !!s);
  }

  /** Rooms with at least one socket of this process in their channel. */
  localRoomIds(): string[] {
    const ids: string[] = [];
    for (const [name, members] of this.nsp?.adapter.rooms ?? []) {
      if (name.startsWith(CHANNEL_PREFIX) && members.size > 0) ids.push(name.slice(CHANNEL_PREFIX.length));
    }
    return ids;
  }

  toSocket<E extends keyof LiveServerEvents>(socketId: string, event: E, payload: LiveServerEvents[E]): void {
    this.nsp?.to(socketId).emit(event, payload);
  }

  /** Removes this process's sockets from a room's channel (after a reset or the end; each process does its own). */
  evict(sessionId: string): void {
    this.nsp?.local.in(roomChannel(sessionId)).socketsLeave(roomChannel(sessionId));
  }
}
