/**
 * ClusterBus channel: a session ended (booth staff, abandonment, expiry) in some process; every
 * live process tells its own sockets in the room and closes its media. Payload `{ sessionId }`.
 */
export const SESSION_ENDED = 'live.session.ended';

export interface SessionEndedMessage {
  sessionId: string;
}
