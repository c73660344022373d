import { Injectable } from '@nestjs/common';
import type { LiveServerEvents } from '@livefair/protocol';
import type { Namespace } from 'socket.io';

export const roomChannel = (sessionId: string) => `live:${sessionId}`;

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

  toSocket<E extends keyof LiveServerEvents>(socketId: string, event: E, payload: LiveServerEvents[E]): void {
    this.nsp?.to(socketId).emit(event, payload);
  }

  /** Removes every local socket from a room's channel (after a reset or the end). */
  async evict(sessionId: string): Promise<void> {
    this.nsp?.in(roomChannel(sessionId)).socketsLeave(roomChannel(sessionId));
  }
}
