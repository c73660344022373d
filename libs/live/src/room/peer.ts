import type { types } from 'mediasoup';

export type TransportRole = 'send' | 'recv' | 'plain';

export interface PeerTransport {
  transport: types.Transport;
  role: TransportRole;
  /** Producers or consumers on it; a transport without any may be recycled at the cap. */
  media: number;
}

/** One socket's (or one ingest's) media in a room. */
export class Peer {
  readonly transports = new Map<string, PeerTransport>();
  readonly producers = new Set<string>();
  readonly consumers = new Map<string, types.Consumer>();
  /** Producers this peer consumes (or is about to): one consumer per producer. */
  readonly consuming = new Set<string>();
  /** Tracks produced or being produced, per kind. */
  readonly tracks: Record<types.MediaKind, number> = { audio: 0, video: 0 };
  private readonly creating: Record<TransportRole, number> = { send: 0, recv: 0, plain: 0 };

  constructor(
    readonly id: string,
    /** Cleared when booth staff kick this peer's broadcast; a fresh join as publisher restores it. */
    public canPublish: boolean,
  ) {}

  /** Transports of a role, open or being created. */
  held(role: TransportRole): number {
    let n = this.creating[role];
    for (const t of this.transports.values()) if (t.role === role) n++;
    return n;
  }

  /** The oldest transport of a role with nothing on it. */
  idle(role: TransportRole): PeerTransport | undefined {
    for (const t of this.transports.values()) if (t.role === role && t.media === 0) return t;
    return undefined;
  }

  /** Counts a transport being created against the caps until `done` is called. */
  creatingOne(role: TransportRole): () => void {
    this.creating[role]++;
    let done = false;
    return () => {
      if (!done) this.creating[role]--;
      done = true;
    };
  }

  close(): void {
    for (const t of this.transports.values()) t.transport.close();
    this.transports.clear();
    this.producers.clear();
    this.consumers.clear();
    this.consuming.clear();
  }
}
