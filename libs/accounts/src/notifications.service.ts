import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, insertRows, JobHandler, TransactionalConnection } from '@livefair/core';
import type { NotificationView } from '@livefair/protocol';
import { randomUUID } from 'node:crypto';
import { In, IsNull, Repository } from 'typeorm';
import type { NotifyUserPayload } from './accounts-jobs';
import type { MarkReadDto } from './dto/mark-read.dto';
import { Notification } from './entities/notification.entity';

@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly tx: TransactionalConnection,
  ) {}

  /**
   * Puts lines in users' inboxes in the caller's transaction (one multi-row INSERT), so they
   * exist exactly when what they announce committed. For many lines at once (a flash deal's batch).
   * Returns the lines' ids.
   */
  async notify(items: readonly NotifyUserPayload[]): Promise<string[]> {
    if (items.length === 0) return [];
    const now = new Date();
    const rows = items.map((i) =>
      Object.assign(new Notification(), {
        id: randomUUID(),
        userId: i.userId,
        kind: i.kind,
        title: i.title.slice(0, 200),
        body: i.body.slice(0, 2000),
        link: linkOf(i.link),
        readAt: null,
        createdAt: now,
      }),
    );
    await insertRows(this.tx.manager, Notification, rows);
    return rows.map((r) => r.id);
  }

  /** Takes back inbox lines written in the caller's transaction (what they announced did not happen after all). */
  async retract(ids: readonly string[]): Promise<void> {
    if (ids.length) await this.tx.getRepository(Notification).delete(ids as string[]);
  }

  @JobHandler('notify.user')
  async deliver(payload: NotifyUserPayload): Promise<void> {
    await this.notifications.save(
      this.notifications.create({
        userId: payload.userId,
        kind: payload.kind,
        title: payload.title,
        body: payload.body,
        link: linkOf(payload.link),
        readAt: null,
      }),
    );
  }

  /**
   * Marks the user's unread lines read: those of `ids` (ids of other users' lines, or unknown
   * ones, change nothing) or, with `all`, every one. Answers how many changed.
   */
  async markRead(userId: string, dto: MarkReadDto): Promise<{ marked: number }> {
    if (!dto.ids === !dto.all) throw new DomainError('VALIDATION_FAILED', 'Give either ids (1 to 100 line ids) or all: true');
    const where = { userId, readAt: IsNull(), ...(dto.ids ? { id: In(dto.ids) } : {}) };
    const res = await this.notifications.update(where, { readAt: new Date() });
    return { marked: res.affected ?? 0 };
  }

  async inbox(userId: string): Promise<NotificationView[]> {
    const rows = await this.notifications.find({ where: { userId }, order: { createdAt: 'DESC' }, take: 100 });
    return rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt ? n.readAt.toISOString() : null,
    }));
  }
}

/** Only paths of this web app (never another origin); longer ones are dropped. */
function linkOf(link: string | undefined): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') && link.length <= 300 ? link : null;
}
