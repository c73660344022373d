import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, ClusterBus, JobHandler, JobQueue } from '@livefair/core';
import { And, In, IsNull, LessThan, Not, Repository } from 'typeorm';
import { LiveSession } from '../entities/live-session.entity';
import { ExpireSessionPayload } from '../live-jobs';
import { SESSION_ENDED, SessionSignal } from '../live-signals';
import { expiresAt, scheduleExpiry } from './expiry-schedule';
import { LiveSessionService } from './live-session.service';
import { MeetingRoomService } from './meeting-rooms';

const SWEEP_BATCH = 200;

/**
 * Scheduled sessions that never start end LIVE_SCHEDULED_EXPIRY after their scheduled time (or,
 * without one, their creation), so a booth's abandoned plans do not hold its session quota or
 * the booth's "scheduled" badge forever. One delayed job per session when it is created, and a
 * sweep every ten minutes for jobs that were lost (the embedded queue forgets them at a restart).
 * Live processes hear of each expiry (SESSION_ENDED) and tell viewers waiting in the room.
 */
@Injectable()
export class SessionExpiry {
  private readonly logger = new Logger('SessionExpiry');

  constructor(
    @InjectRepository(LiveSession) private readonly rows: Repository<LiveSession>,
    private readonly sessions: LiveSessionService,
    private readonly jobs: JobQueue,
    private readonly bus: ClusterBus,
    private readonly meetings: MeetingRoomService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @JobHandler('live.session.expire')
  async expireOne({ sessionId }: ExpireSessionPayload): Promise<void> {
    const s = await this.rows.findOne({ where: { id: sessionId } });
    if (!s || s.status !== 'scheduled') return;
    if (expiresAt(s, this.config.live.scheduledExpiryMs) > Date.now()) {
      return scheduleExpiry(this.jobs, s, this.config.live.scheduledExpiryMs); // it was due past MAX_DELAY_MS
    }
    await this.expire(s.id);
  }

  @JobHandler('live.meeting.close')
  async closeMeeting({ sessionId }: ExpireSessionPayload): Promise<void> {
    const s = await this.rows.findOne({ where: { id: sessionId, kind: 'meeting' } });
    if (!s || s.status === 'ended' || !s.closesAt) return;
    if (s.closesAt.getTime() > Date.now() + 1000) {
      const delayMs = s.closesAt.getTime() - Date.now();
      return void (await this.jobs.enqueue(
        'live.meeting.close',
        { sessionId },
        { jobId: `live-meeting-close:${sessionId}:${s.closesAt.getTime()}`, delayMs },
      ));
    }
    await this.meetings.close(sessionId);
  }

  @JobHandler('live.sessions.sweep')
  async sweep(): Promise<void> {
    const overdueMeetings = await this.rows.find({
      where: { kind: 'meeting', status: In(['scheduled', 'live']), closesAt: LessThan(new Date()) },
      select: { id: true },
      take: SWEEP_BATCH,
    });
    for (const { id } of overdueMeetings) await this.meetings.close(id);
    const cutoff = new Date(Date.now() - this.config.live.scheduledExpiryMs);
    const overdue = await this.rows.find({
      where: [
        { status: 'scheduled', scheduledAt: And(Not(IsNull()), LessThan(cutoff)) },
        { status: 'scheduled', scheduledAt: IsNull(), createdAt: LessThan(cutoff) },
      ],
      select: { id: true },
      take: SWEEP_BATCH,
    });
    for (const { id } of overdue) await this.expire(id);
  }

  private async expire(sessionId: string): Promise<void> {
    const ended = await this.sessions.endIfScheduled(sessionId);
    if (!ended) return;
    this.logger.log(`scheduled live session ${sessionId} never started; it has expired`);
    await this.bus.publish(SESSION_ENDED, { sessionId } satisfies SessionSignal);
  }
}
