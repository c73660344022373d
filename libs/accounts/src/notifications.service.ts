import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { JobHandler } from '@livefair/core';
import type { NotificationView } from '@livefair/protocol';
import { Repository } from 'typeorm';
import type { NotifyUserPayload } from './accounts-jobs';
import { Notification } from './entities/notification.entity';

@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  @JobHandler('notify.user')
  async deliver(payload: NotifyUserPayload): Promise<void> {
    await this.notifications.save(
      this.notifications.create({
        userId: payload.userId,
        kind: payload.kind,
        title: payload.title,
        body: payload.body,
        readAt: null,
      }),
    );
  }

  async inbox(userId: string): Promise<NotificationView[]> {
    const rows = await this.notifications.find({ where: { userId }, order: { createdAt: 'DESC' }, take: 100 });
    return rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt ? n.readAt.toISOString() : null,
    }));
  }
}
