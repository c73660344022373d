import { Injectable } from '@nestjs/common';
import { ClusterBus, DomainError, JobQueue, TransactionalConnection } from '@livefair/core';
import type { LiveSessionView } from '@livefair/protocol';
import { In } from 'typeorm';
import { LiveSession } from '../entities/live-session.entity';
import { SESSION_ENDED, SessionSignal } from '../live-signals';
import { newStreamKey } from './live-session.service';
import { toSessionView } from './views';

/** What another context (meetings) asks for: a private room for named users over a time window. */
export interface MeetingRoomRequest {
  enterpriseId: string;
  title: string;
  /** Users who may join and publish (2..4: the buyer and the enterprise's staff). */
  participantIds: string[];
  opensAt: Date;
  closesAt: Date;
  createdBy: string;
}

/** The most users a meeting room names; its join rule also caps the peers in it at this many. */
export const MEETING_ROOM_MAX_PARTICIPANTS = 4;

/**
 * Private meeting rooms: live sessions of kind `meeting`, with no booth, never listed, joined only
 * by their participants between `opensAt` and `closesAt` (see room/meeting-admission.ts). They
 * close at `closesAt` (a delayed job, and the expiry sweep) or when the meeting is cancelled.
 */
@Injectable()
export class MeetingRoomService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly jobs: JobQueue,
    private readonly bus: ClusterBus,
  ) {}

  /** Creates the room, in the caller's transaction when there is one; schedules its close after that commits. */
  async open(req: MeetingRoomRequest): Promise<LiveSessionView> {
    const ids = [...new Set(req.participantIds)];
    if (ids.length < 2 || ids.length > MEETING_ROOM_MAX_PARTICIPANTS || req.closesAt <= req.opensAt) {
      throw new DomainError('VALIDATION_FAILED', 'A meeting room names 2-4 participants and closes after it opens');
    }
    const repo = this.tx.getRepository(LiveSession);
    const saved = await repo.save(
      repo.create({
        kind: 'meeting',
        boothId: '',
        enterpriseId: req.enterpriseId,
        title: req.title.slice(0, 120),
        status: 'scheduled',
        scheduledAt: req.opensAt,
        opensAt: req.opensAt,
        closesAt: req.closesAt,
        participantIds: ids,
        allowAnonymous: false,
        streamKey: newStreamKey(),
        createdBy: req.createdBy,
        pinnedProductId: null,
      }),
    );
    const delayMs = Math.max(0, req.closesAt.getTime() - Date.now());
    await this.jobs.enqueue('live.meeting.close', { sessionId: saved.id }, { jobId: `live-meeting-close:${saved.id}`, delayMs });
    return toSessionView(saved);
  }

  /** Ends the room now (the meeting was cancelled, or its time is up); everyone in it is told. Idempotent. */
  async close(sessionId: string): Promise<void> {
    const repo = this.tx.getRepository(LiveSession);
    const result = await repo.update(
      { id: sessionId, kind: 'meeting', status: In(['scheduled', 'live']) },
      { status: 'ended', endedAt: new Date() },
    );
    if (result.affected) await this.bus.publish(SESSION_ENDED, { sessionId } satisfies SessionSignal);
  }
}
