import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  ClusterBus,
  DomainError,
  EventBus,
  JobQueue,
  Principal,
  TransactionalConnection,
} from '@livefair/core';
import { BoothService } from '@livefair/expo';
import type { BoothLiveStatus, LiveSessionStatus, LiveSessionView } from '@livefair/protocol';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { CreateLiveSessionDto } from '../dto/create-live-session.dto';
import { SessionSignal, STREAM_KEY_ROTATED } from '../live-signals';
import { LiveSession } from '../entities/live-session.entity';
import { KeyedQueue } from '../keyed-queue';
import { scheduleExpiry } from './expiry-schedule';
import { toSessionView } from './views';

/** Live sessions of booths: scheduling, going live, ending, stream keys. */
@Injectable()
export class LiveSessionService {
  constructor(
    @InjectRepository(LiveSession) private readonly sessions: Repository<LiveSession>,
    private readonly booths: BoothService,
    private readonly bus: ClusterBus,
    private readonly tx: TransactionalConnection,
    private readonly events: EventBus,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private readonly creating = new KeyedQueue<string>();

  async create(principal: Principal, boothId: string, dto: CreateLiveSessionDto): Promise<LiveSessionView> {
    const enterpriseId = await this.requireStaff(principal, boothId);
    // One create per booth at a time in this process, so a burst cannot pass the count together.
    const session = await this.creating.run(boothId, () => this.insertWithinCap(principal.userId, boothId, enterpriseId, dto));
    // After the commit; a lost job is caught by the periodic sweep (SessionExpiry).
    await scheduleExpiry(this.jobs, session, this.config.live.scheduledExpiryMs);
    return toSessionView(session);
  }

  /**
   * For the expo context's calendar: schedules a session of a booth on its organizer's behalf
   * (the caller checked that authority), in the caller's transaction when there is one. The
   * booth's session cap applies (LIVE_SESSION_LIMIT).
   */
  async scheduleForBooth(
    createdBy: string,
    boothId: string,
    enterpriseId: string,
    dto: { title: string; scheduledAt: string },
  ): Promise<LiveSessionView> {
    const session = await this.creating.run(boothId, () => this.insertWithinCap(createdBy, boothId, enterpriseId, dto));
    await scheduleExpiry(this.jobs, session, this.config.live.scheduledExpiryMs);
    return toSessionView(session);
  }

  private insertWithinCap(
    createdBy: string,
    boothId: string,
    enterpriseId: string,
    dto: CreateLiveSessionDto,
  ): Promise<LiveSession> {
    const max = this.config.live.maxSessionsPerBooth;
    return this.tx.run(async () => {
      const sessions = this.tx.getRepository(LiveSession);
      if ((await sessions.count({ where: { boothId, status: In(['scheduled', 'live']) } })) >= max) {
        throw new DomainError(
          'LIVE_SESSION_LIMIT',
          `A booth may have at most ${max} scheduled or live sessions; end or let one expire first`,
        );
      }
      const saved = await sessions.save(
        sessions.create({
          boothId,
          enterpriseId,
          title: dto.title,
          status: 'scheduled',
          scheduledAt: dto.scheduledAt ? new Date(dto.scheduledAt) : null,
          allowAnonymous: dto.allowAnonymous ?? true,
          streamKey: newStreamKey(),
          createdBy,
          pinnedProductId: null,
        }),
      );
      await this.announce(saved.id, boothId, 'scheduled');
      return saved;
    });
  }

  async listForBooth(boothId: string): Promise<LiveSessionView[]> {
    const rows = await this.sessions.find({ where: { boothId, kind: 'broadcast' }, order: { createdAt: 'DESC' }, take: 50 });
    return rows.map(toSessionView);
  }

  /** A public view; private meeting rooms are not found here. */
  async view(id: string): Promise<LiveSessionView> {
    const s = await this.get(id);
    if (s.kind === 'meeting') throw DomainError.notFound('LIVE_SESSION_NOT_FOUND', 'Live session', id);
    return toSessionView(s);
  }

  async get(id: string): Promise<LiveSession> {
    const s = await this.sessions.findOne({ where: { id } });
    if (!s) throw DomainError.notFound('LIVE_SESSION_NOT_FOUND', 'Live session', id);
    return s;
  }

  /** Throws NOT_BOOTH_STAFF unless the caller works for the booth's enterprise; returns that enterprise. */
  async requireStaff(principal: Principal | null, boothId: string): Promise<string> {
    if (!(await this.booths.isStaff(principal, boothId))) {
      throw new DomainError('NOT_BOOTH_STAFF', "Only the booth's exhibitor staff may do this");
    }
    return principal!.enterpriseId!;
  }

  /** Booth staff of a broadcast (moderate, pin, deals, end, ingest). A meeting room has participants, no staff. */
  isStaff(principal: Principal | null, session: LiveSession): boolean {
    return (
      !!principal &&
      principal.role === 'exhibitor' &&
      principal.enterpriseId === session.enterpriseId &&
      session.kind !== 'meeting'
    );
  }

  /** The session, if the caller is on its booth's staff; NOT_BOOTH_STAFF otherwise. */
  async getForStaff(principal: Principal | null, id: string): Promise<LiveSession> {
    const s = await this.get(id);
    if (!this.isStaff(principal, s)) throw new DomainError('NOT_BOOTH_STAFF', "Only the booth's exhibitor staff may do this");
    return s;
  }

  /** For the studio: WHIP/RTP ingest key. Staff only. */
  async ingestKey(principal: Principal, id: string): Promise<{ streamKey: string }> {
    return { streamKey: (await this.getForStaff(principal, id)).streamKey };
  }

  async rotateKey(principal: Principal, id: string): Promise<{ streamKey: string }> {
    await this.getForStaff(principal, id);
    const streamKey = newStreamKey();
    await this.sessions.update({ id }, { streamKey });
    // Live processes stop ingests that use the old key (and re-check on a timer should this be missed).
    await this.bus.publish(STREAM_KEY_ROTATED, { sessionId: id } satisfies SessionSignal).catch(() => undefined);
    return { streamKey };
  }

  async byStreamKey(id: string, key: string): Promise<LiveSession> {
    const s = await this.sessions.findOne({ where: { id } });
    if (!s || s.kind === 'meeting' || !sameSecret(s.streamKey, key))
      throw new DomainError('STREAM_KEY_INVALID', 'Wrong or revoked stream key');
    return s;
  }

  /** First media from the booth: scheduled -> live. Idempotent. */
  async markLive(id: string): Promise<LiveSession> {
    const s = await this.get(id);
    if (s.status === 'ended') throw new DomainError('LIVE_SESSION_ENDED', 'This live session has ended');
    if (s.status === 'live') return s;
    await this.tx.run(async () => {
      await this.tx
        .getRepository(LiveSession)
        .update({ id, status: In(['scheduled']) }, { status: 'live', startedAt: new Date() });
      await this.announce(id, s.boothId, 'live');
    });
    return this.get(id);
  }

  async end(id: string): Promise<LiveSession> {
    const s = await this.get(id);
    if (s.status !== 'ended') {
      await this.tx.run(async () => {
        await this.tx
          .getRepository(LiveSession)
          .update({ id }, { status: 'ended', endedAt: new Date(), pinnedProductId: null, pinnedAt: null });
        await this.announce(id, s.boothId, 'ended');
      });
    }
    return this.get(id);
  }

  /** A session that never started ends (expiry); false if it started or ended meanwhile. */
  async endIfScheduled(id: string): Promise<boolean> {
    const s = await this.get(id);
    return this.tx.run(async () => {
      const result = await this.tx
        .getRepository(LiveSession)
        .update({ id, status: 'scheduled' }, { status: 'ended', endedAt: new Date() });
      if (!result.affected) return false;
      await this.announce(id, s.boothId, 'ended');
      return true;
    });
  }

  async addLikes(id: string, n: number): Promise<void> {
    await this.sessions.increment({ id }, 'likeCount', n);
  }

  async notePeakViewers(id: string, viewers: number): Promise<void> {
    await this.sessions
      .createQueryBuilder()
      .update(LiveSession)
      .set({ peakViewers: viewers })
      .where('id = :id AND peakViewers < :viewers', { id, viewers })
      .execute();
  }

  async setPinned(id: string, productId: string | null): Promise<Date | null> {
    const pinnedAt = productId ? new Date() : null;
    await this.sessions.update({ id }, { pinnedProductId: productId, pinnedAt });
    return pinnedAt;
  }

  /**
   * Tells other contexts (expo keeps the booth page's live status) about a session's new
   * status, with the booth's status it implies, once the current transaction commits.
   */
  private async announce(sessionId: string, boothId: string, status: LiveSessionStatus): Promise<void> {
    if (!boothId) return; // a meeting room: no booth, nothing public to tell
    const active = await this.tx
      .getRepository(LiveSession)
      .find({ where: { boothId, status: In(['scheduled', 'live']) }, select: { status: true } });
    const boothLiveStatus: BoothLiveStatus = active.some((s) => s.status === 'live')
      ? 'live'
      : active.length
        ? 'scheduled'
        : 'offline';
    this.events.publish('live.session-status-changed', { sessionId, boothId, status, boothLiveStatus });
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function newStreamKey(): string {
  return randomBytes(24).toString('base64url');
}
