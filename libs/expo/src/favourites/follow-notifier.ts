import { Injectable } from '@nestjs/common';
import { DomainEvents, JobHandler, OnDomainEvent, Outbox, TransactionalConnection } from '@livefair/core';
import { In, MoreThan } from 'typeorm';
import { Booth } from '../entities/booth.entity';
import { BoothFavourite } from './booth-favourite.entity';
import type { NotifyFollowersPayload } from './favourites-jobs';
import { FollowNotice } from './follow-notice.entity';

/** Followers handled per transaction. */
const CHUNK = 500;
/** A follower gets at most this many go-live lines per 24 hours, however many booths it follows. */
export const FOLLOW_NOTICES_PER_DAY = 20;
const DAY_MS = 24 * 3_600_000;

/**
 * When a followed booth goes live (`live.session-status-changed` with status `live`), every
 * follower gets one inbox line for that session: the event queues one job (through the outbox,
 * so a crash loses nothing), the job records a follow_notices row per follower and session (the
 * de-duplication: a repeat of the event or of the job adds nothing) and queues the accounts
 * context's `notify.user` for the new ones, in the same transaction.
 */
@Injectable()
export class FollowNotifier {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly outbox: Outbox,
  ) {}

  @OnDomainEvent('live.session-status-changed')
  async onSessionStatus(e: DomainEvents['live.session-status-changed']): Promise<void> {
    if (e.status !== 'live') return;
    await this.outbox.enqueue(
      'expo.notify-followers',
      { sessionId: e.sessionId, boothId: e.boothId },
      { jobId: `follow-live:${e.sessionId}` },
    );
  }

  @JobHandler('expo.notify-followers')
  async notifyFollowers({ sessionId, boothId }: NotifyFollowersPayload): Promise<void> {
    const booth = await this.tx.getRepository(Booth).findOne({ where: { id: boothId }, relations: { enterprise: true } });
    if (!booth) return;
    const name = booth.enterprise?.name ?? booth.code;
    let after = '';
    for (;;) {
      const followers = await this.tx
        .getRepository(BoothFavourite)
        .createQueryBuilder('f')
        .select('f.userId', 'userId')
        .where('f.boothId = :boothId AND f.userId > :after', { boothId, after })
        .orderBy('f.userId', 'ASC')
        .limit(CHUNK)
        .getRawMany<{ userId: string }>();
      if (followers.length === 0) return;
      await this.chunk(
        sessionId,
        followers.map((f) => f.userId),
        name,
        booth.code,
      );
      after = followers[followers.length - 1].userId;
    }
  }

  private async chunk(sessionId: string, userIds: string[], name: string, code: string): Promise<void> {
    await this.tx.run(async () => {
      const notices = this.tx.getRepository(FollowNotice);
      const done = new Set(
        (await notices.find({ where: { sessionId, userId: In(userIds) }, select: { userId: true } })).map((n) => n.userId),
      );
      const recent = await notices
        .createQueryBuilder('n')
        .select('n.userId', 'userId')
        .addSelect('COUNT(*)', 'n')
        .where({ userId: In(userIds), createdAt: MoreThan(new Date(Date.now() - DAY_MS)) })
        .groupBy('n.userId')
        .getRawMany<{ userId: string; n: string | number }>();
      const full = new Set(recent.filter((r) => Number(r.n) >= FOLLOW_NOTICES_PER_DAY).map((r) => r.userId));
      const fresh = userIds.filter((u) => !done.has(u) && !full.has(u));
      if (fresh.length === 0) return;
      await notices.insert(fresh.map((userId) => ({ sessionId, userId })));
      for (const userId of fresh) {
        await this.outbox.enqueue(
          'notify.user',
          {
            userId,
            kind: 'booth.live',
            title: `${name} 正在直播`.slice(0, 200),
            body: `你收藏的展位 ${code}（${name}）开播了，现在进入直播间：/watch/${sessionId}`,
          },
          { jobId: `follow-live:${sessionId}:${userId}` },
        );
      }
    });
  }
}
