import type { BoothLiveStatus, LiveSessionStatus } from '@livefair/protocol';

/**
 * A live session was scheduled, went live or ended. Published by LiveSessionService in
 * the transaction that changed it; expo keeps the booth's `liveStatus` from it.
 */
export interface LiveSessionStatusChanged {
  sessionId: string;
  boothId: string;
  status: LiveSessionStatus;
  /** The booth's sessions after the change: `live` if one is live, `scheduled` if one is scheduled, else `offline`. */
  boothLiveStatus: BoothLiveStatus;
}

/** The live context's domain events (see DomainEvents in core). */
export interface LiveEvents {
  'live.session-status-changed': LiveSessionStatusChanged;
}

declare module '@livefair/core' {
  interface DomainEvents extends LiveEvents {}
}
