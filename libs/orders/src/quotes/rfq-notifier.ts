import { Injectable } from '@nestjs/common';
import { AccountsService, NotificationsService } from '@livefair/accounts';
import type { RfqSide } from '@livefair/protocol';
import { Rfq } from './entities/rfq.entity';

export type RfqNoticeKind = 'rfq.created' | 'rfq.message' | 'rfq.quoted' | 'rfq.accepted' | 'rfq.declined' | 'rfq.closed';

/** "¥1,234.50" from integer fen, without floating point. */
export function yuan(fen: number): string {
  const whole = Math.trunc(fen / 100).toLocaleString('en-US');
  return `¥${whole}.${String(fen % 100).padStart(2, '0')}`;
}

/** A UTC instant as Beijing time, "2026-12-20 24:00" style, for notification texts. */
export function beijingTime(d: Date): string {
  return `${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')}（北京时间）`;
}

/**
 * Tells the other side of a thread about a step, in the step's transaction: a buyer's step
 * reaches every exhibitor of the enterprise, an exhibitor's step reaches the buyer.
 */
@Injectable()
export class RfqNotifier {
  constructor(
    private readonly accounts: AccountsService,
    private readonly notifications: NotificationsService,
  ) {}

  async tellOtherSide(rfq: Rfq, from: RfqSide, kind: RfqNoticeKind, title: string, body: string): Promise<void> {
    const to = from === 'buyer' ? await this.accounts.staffIdsOf(rfq.enterpriseId) : [rfq.buyerId];
    // The thread's page on the receiving side (docs/orders.md, "Inbox lines").
    const link = from === 'buyer' ? `/my/inquiries/${rfq.id}` : `/my/rfqs/${rfq.id}`;
    await this.notifications.notify(to.map((userId) => ({ userId, kind, title, body, link })));
  }
}
