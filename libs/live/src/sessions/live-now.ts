import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { LiveSessionStatus } from '@livefair/protocol';
import { In, Repository } from 'typeorm';
import { LiveSession } from '../entities/live-session.entity';
import { ROOM_COUNTERS, RoomCounters } from '../room/room-counters';

/** A session as other contexts show it: its status and, while live, its viewers now. */
export interface SessionNow {
  sessionId: string;
  boothId: string;
  status: LiveSessionStatus;
  /** Viewers on every live process as of their last report (about a second old); null unless live. */
  viewers: number | null;
}

/** At most this many sessions or booths per call (a hall map asks for up to its slots). */
const MAX_BATCH = 1000;

/**
 * What is live now, for other contexts' pages (the expo's hall map and schedule): one query for
 * the sessions and one read of the shared viewer counts (RoomCounters) for all of them, however
 * many booths are asked about.
 */
@Injectable()
export class LiveNowService {
  constructor(
    @InjectRepository(LiveSession) private readonly sessions: Repository<LiveSession>,
    @Inject(ROOM_COUNTERS) private readonly counters: RoomCounters,
  ) {}

  /** The live broadcast of each booth that has one, keyed by booth id. */
  async liveOfBooths(boothIds: string[]): Promise<Map<string, SessionNow>> {
    const ids = [...new Set(boothIds)].slice(0, MAX_BATCH);
    if (!ids.length) return new Map();
    const rows = await this.sessions.find({
      where: { boothId: In(ids), status: 'live', kind: 'broadcast' },
      select: { id: true, boothId: true, status: true, startedAt: true },
      order: { startedAt: 'DESC' },
    });
    const latest = new Map<string, LiveSession>();
    for (const r of rows) if (!latest.has(r.boothId)) latest.set(r.boothId, r);
    const now = await this.withViewers([...latest.values()]);
    return new Map(now.map((s) => [s.boothId, s]));
  }

  /** These sessions' status (and viewers while live), keyed by session id; unknown ids are left out. */
  async ofSessions(sessionIds: string[]): Promise<Map<string, SessionNow>> {
    const ids = [...new Set(sessionIds)].slice(0, MAX_BATCH);
    if (!ids.length) return new Map();
    const rows = await this.sessions.find({ where: { id: In(ids) }, select: { id: true, boothId: true, status: true } });
    const now = await this.withViewers(rows);
    return new Map(now.map((s) => [s.sessionId, s]));
  }

  private async withViewers(rows: Pick<LiveSession, 'id' | 'boothId' | 'status'>[]): Promise<SessionNow[]> {
    const live = rows.filter((r) => r.status === 'live').map((r) => r.id);
    const counts = await this.counters.viewersOf(live);
    const viewers = new Map(live.map((id, i) => [id, counts[i] ?? 0]));
    return rows.map((r) => ({
      sessionId: r.id,
      boothId: r.boothId,
      status: r.status,
      viewers: r.status === 'live' ? (viewers.get(r.id) ?? 0) : null,
    }));
  }
}
