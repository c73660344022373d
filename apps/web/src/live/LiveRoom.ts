import type { JoinResult, LiveSessionStatus } from '@livefair/protocol';

import { LiveClient, LiveError, liveErrorCode } from './LiveClient';
import { Store } from './Store';

/** Join errors that retrying cannot fix. */
const FATAL = new Set(['LIVE_SESSION_ENDED', 'LIVE_SESSION_NOT_FOUND', 'AUTH_REQUIRED', 'NOT_BOOTH_STAFF', 'VALIDATION_FAILED']);
const RETRY_MS = 2000;

/** What rides on a joined room: the Publisher or the Viewer. Called again after every rejoin. */
export interface RoomMember {
  joined(join: JoinResult): void | Promise<void>;
  /** The server forgot us (disconnect, media reset): drop transports without asking it anything. */
  left(): void;
}

export interface RoomState {
  connected: boolean;
  join: JoinResult | null;
  status: LiveSessionStatus | null;
  /** Last join failure; fatal ones (ended, login needed, not staff) stop retrying. */
  error: LiveError | null;
}

/**
 * One socket in one live room. Joins on every (re)connect and after `room.reset`, so
 * members rebuild their transports from a fresh JoinResult each time.
 */
export class LiveRoom extends Store<RoomState> {
  readonly client = new LiveClient();
  private readonly members = new Set<RoomMember>();
  private readonly unsubscribe: (() => void)[] = [];
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(
    readonly sessionId: string,
    readonly as: 'viewer' | 'publisher',
  ) {
    super({ connected: false, join: null, status: null, error: null });
    this.unsubscribe.push(
      this.client.onConnection((connected) => {
        this.set({ connected });
        if (connected) void this.rejoin();
        else this.drop();
      }),
      this.client.onConnectError((error) => this.set({ error })),
      this.client.on('room.reset', () => {
        this.drop();
        void this.rejoin();
      }),
      this.client.on('room.status', ({ status }) => {
        this.set({ status });
        if (status === 'ended') this.drop();
      }),
    );
  }

  /** Adds a member (again is a no-op: a member started early is not told twice). */
  add(member: RoomMember): () => void {
    if (!this.members.has(member)) {
      this.members.add(member);
      if (this.state.join) void member.joined(this.state.join);
    }
    return () => void this.members.delete(member);
  }

  /** Join again (also how a member recovers from a failed transport: the server drops our old peer). */
  async rejoin(): Promise<void> {
    clearTimeout(this.retryTimer);
    const attempt = ++this.attempt;
    try {
      const join = await this.client.request('room.join', { sessionId: this.sessionId, as: this.as });
      if (attempt !== this.attempt || this.closed) return;
      this.drop();
      this.set({ join, status: join.session.status, error: null });
      for (const member of this.members) void member.joined(join);
    } catch (err) {
      if (attempt !== this.attempt || this.closed) return;
      const error = err instanceof LiveError ? err : new LiveError(liveErrorCode(err), String(err));
      this.set({ error, ...(error.code === 'LIVE_SESSION_ENDED' ? { status: 'ended' as const } : {}) });
      if (!FATAL.has(error.code) && this.client.connected) this.retryTimer = setTimeout(() => void this.rejoin(), RETRY_MS);
    }
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.drop();
    this.unsubscribe.forEach((off) => off());
    this.client.close();
  }

  private drop(): void {
    if (!this.state.join) return;
    this.set({ join: null });
    for (const member of this.members) member.left();
  }
}
