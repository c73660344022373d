/**
 * ClusterBus messages from the API process (where stream keys are rotated and publishers kicked)
 * to the live processes (where ingest runs). Not durable: the live side re-checks keys on a timer.
 */
export const STREAM_KEY_ROTATED = 'live.streamKeyRotated';
export const PUBLISHER_KICKED = 'live.publisherKicked';
/** A session ended (its staff, abandonment, expiry) in some process: every live process tells its sockets and closes its media. */
export const SESSION_ENDED = 'live.sessionEnded';

export interface SessionSignal {
  sessionId: string;
}
