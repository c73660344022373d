import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { RoomHub } from '../gateway/room-hub';
import { LiveSessionService } from '../sessions/live-session.service';
import { ROOM_COUNTERS, RoomCounters } from './room-counters';

const REPORT_EVERY_MS = 1000;
/** A peak still rising is stored at least this often (a crowd trickling in for minutes). */
export const PEAK_STORE_MAX_DELAY_MS = 10_000;

interface Shared {
  /** The room's viewers on all processes at the last report, and this process's part of it. */
  total: number;
  local: number;
  /** What this process last told its sockets in the room. */
  told: number | null;
  /** The highest total this process has stored as the session's peak. */
  peak: number;
  /** A higher peak not stored yet, and when it was first seen. */
  pending: number | null;
  pendingSince: number;
}

/**
 * A room's peak seen at a join, stored once it stops rising: the first report that sees no higher
 * peak stores it (a join burst is one UPDATE, and one save of the embedded database, not one a
 * second while it lasts); a peak still rising is stored every PEAK_STORE_MAX_DELAY_MS, and what is
 * pending when the room empties or the process stops.
 */
type PeakSeen = Map<string, number>;

/**
 * Viewers per room: this process's exactly (one entry per socket), everyone's through
 * RoomCounters. Once a second each process reports its viewers of each room and tells its own
 * sockets the room's total when it changed, so a viewer gets at most one count a second
 * whichever process it is on, and a join burst of hundreds is one message each.
 */
@Injectable()
export class ViewerCounter implements OnModuleDestroy {
  private readonly logger = new Logger('ViewerCounter');
  private readonly viewers = new Map<string, Set<string>>();
  private readonly shared = new Map<string, Shared>();
  private readonly peakSeen: PeakSeen = new Map();
  private readonly timer: NodeJS.Timeout;
  private reporting = false;
  private reportDone: Promise<void> = Promise.resolve();

  constructor(
    private readonly hub: RoomHub,
    private readonly sessions: LiveSessionService,
    @Inject(ROOM_COUNTERS) private readonly counters: RoomCounters,
  ) {
    this.timer = setInterval(() => void this.report(), REPORT_EVERY_MS);
    this.timer.unref();
  }

  /** Counts a viewer; returns the room's viewers (other processes' as of their last report). */
  add(sessionId: string, socketId: string): number {
    let set = this.viewers.get(sessionId);
    if (!set) this.viewers.set(sessionId, (set = new Set()));
    set.add(socketId);
    const count = this.count(sessionId);
    if (count > (this.peakSeen.get(sessionId) ?? 0)) this.peakSeen.set(sessionId, count);
    return count;
  }

  remove(sessionId: string, socketId: string): void {
    const set = this.viewers.get(sessionId);
    if (set?.delete(socketId) && set.size === 0) this.viewers.delete(sessionId);
  }

  count(sessionId: string): number {
    const s = this.shared.get(sessionId);
    const others = s ? Math.max(0, s.total - s.local) : 0;
    return others + (this.viewers.get(sessionId)?.size ?? 0);
  }

  clear(sessionId: string): void {
    this.viewers.delete(sessionId);
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.reportDone;
    await Promise.all([...this.shared.entries()].map(([id, s]) => this.storePeak(id, s)));
  }

  private report(): Promise<void> {
    if (this.reporting) return this.reportDone;
    this.reporting = true;
    const withSockets = new Set(this.hub.localRoomIds());
    // Rooms seen at a join since the last report too: their viewers may all have gone already.
    const rooms = new Set([...this.viewers.keys(), ...this.shared.keys(), ...this.peakSeen.keys(), ...withSockets]);
    this.reportDone = Promise.all([...rooms].map((id) => this.reportRoom(id, withSockets.has(id)))).then(
      () => void (this.reporting = false),
      () => void (this.reporting = false),
    );
    return this.reportDone;
  }

  private async reportRoom(sessionId: string, hasSockets: boolean): Promise<void> {
    const local = this.viewers.get(sessionId)?.size ?? 0;
    let total: number;
    try {
      total = await this.counters.reportViewers(sessionId, local);
    } catch (err) {
      return this.logger.warn({ err }, `could not report the viewers of ${sessionId}`);
    }
    const s = this.shared.get(sessionId) ?? { total, local, told: null, peak: 0, pending: null, pendingSince: 0 };
    this.shared.set(sessionId, Object.assign(s, { total, local }));
    if (hasSockets && s.told !== total) {
      s.told = total;
      this.hub.toLocalRoom(sessionId, 'viewers.count', { viewerCount: total });
    }
    const peak = Math.max(total, this.peakSeen.get(sessionId) ?? 0);
    this.peakSeen.delete(sessionId);
    const now = Date.now();
    const rose = peak > Math.max(s.peak, s.pending ?? 0);
    if (rose) {
      if (s.pending === null) s.pendingSince = now;
      s.pending = peak;
    }
    const gone = local === 0 && !hasSockets;
    if (!rose || gone || now - s.pendingSince >= PEAK_STORE_MAX_DELAY_MS) await this.storePeak(sessionId, s);
    if (gone) this.shared.delete(sessionId);
  }

  private async storePeak(sessionId: string, s: Shared): Promise<void> {
    const peak = s.pending;
    if (peak === null) return;
    s.pending = null;
    s.peak = peak;
    await this.sessions
      .notePeakViewers(sessionId, peak)
      .catch((err: unknown) => this.logger.warn({ err }, 'could not store the peak'));
  }
}
