import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, KeyedQueue, Outbox, Principal, TransactionalConnection } from '@livefair/core';
import type { AnnouncementView } from '@livefair/protocol';
import { In, MoreThanOrEqual } from 'typeorm';
import { ExpoAnnouncement } from '../entities/expo-announcement.entity';
import { ExpoApplication } from '../entities/expo-application.entity';
import { Expo } from '../entities/expo.entity';
import { toAnnouncementView } from '../organizer/console-views';
import { EXPO_WRITE, ExpoAccess, VISIBLE_STATUSES } from '../organizer/expo-access';
import { PublishAnnouncementDto } from './announcement-input.dto';

/** Organizers' announcements: shown on the expo pages to every visitor, and an inbox line to admitted exhibitors. */
@Injectable()
export class AnnouncementService {
  private readonly serial = new KeyedQueue<string>();

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly access: ExpoAccess,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async publicOf(expoId: string): Promise<AnnouncementView[]> {
    const expo = await this.tx.getRepository(Expo).findOne({ where: { id: expoId, status: In(VISIBLE_STATUSES) } });
    if (!expo) throw DomainError.notFound('EXPO_NOT_FOUND', 'Expo', expoId);
    return this.latest(expoId);
  }

  async ownOf(principal: Principal, expoId: string): Promise<AnnouncementView[]> {
    await this.access.own(principal, expoId, 'read');
    return this.latest(expoId);
  }

  async publish(principal: Principal, expoId: string, dto: PublishAnnouncementDto): Promise<AnnouncementView> {
    const saved = await this.serial.run(expoId, () =>
      this.tx.run(async () => {
        const expo = await this.access.own(principal, expoId, 'write');
        const repo = this.tx.getRepository(ExpoAnnouncement);
        const now = new Date();
        const dayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
        const max = this.config.expo.maxAnnouncementsPerDay;
        if ((await repo.count({ where: { expoId, publishedAt: MoreThanOrEqual(dayStart) } })) >= max) {
          throw new DomainError('ANNOUNCEMENT_LIMIT_REACHED', `An expo may publish at most ${max} announcements per day (UTC)`);
        }
        const row = await repo.save(
          repo.create({
            expoId,
            title: dto.title,
            titleEn: dto.titleEn ?? '',
            body: dto.body ?? '',
            bodyEn: dto.bodyEn ?? '',
            createdBy: principal.userId,
            publishedAt: now,
          }),
        );
        const admitted = await this.tx
          .getRepository(ExpoApplication)
          .find({ where: { expoId, status: 'admitted' }, select: { id: true, applicantId: true } });
        for (const userId of new Set(admitted.map((a) => a.applicantId))) {
          await this.outbox.enqueue(
            'notify.user',
            { userId, kind: 'expo.announcement', title: `「${expo.name}」公告：${dto.title}`, body: dto.body ?? '' },
            { jobId: `announce:${row.id}:${userId}` },
          );
        }
        return row;
      }, EXPO_WRITE),
    );
    return toAnnouncementView(saved);
  }

  private async latest(expoId: string): Promise<AnnouncementView[]> {
    const rows = await this.tx
      .getRepository(ExpoAnnouncement)
      .find({ where: { expoId }, order: { publishedAt: 'DESC' }, take: 50 });
    return rows.map(toAnnouncementView);
  }
}
