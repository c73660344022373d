import { Injectable } from '@nestjs/common';
import { AccountsService, NotificationsService } from '@livefair/accounts';
import type { LeadStatus } from '@livefair/protocol';
import { Lead } from './entities/lead.entity';

const STATUS_ZH: Record<LeadStatus, string> = {
  new: '待跟进',
  contacted: '已联系',
  quoted: '已报价',
  won: '已成交',
  lost: '未成交',
};

/** Inbox lines about leads, written in the step's transaction (they exist exactly when the step committed). */
@Injectable()
export class LeadNotifier {
  constructor(
    private readonly accounts: AccountsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Every staff member of the booth's enterprise hears of a new lead. */
  async created(lead: Lead): Promise<void> {
    const staff = await this.accounts.staffIdsOf(lead.enterpriseId);
    const about = lead.productName ? `：${lead.productName}` : '';
    const qty = lead.quantity !== null ? `，数量 ${lead.quantity.toLocaleString('zh-CN')} ${lead.unit ?? ''}` : '';
    await this.notifications.notify(
      staff.map((userId) => ({
        userId,
        kind: 'lead.created',
        title: `新线索（展位 ${lead.boothCode}）${about}`,
        body: `${lead.contactName}${lead.contactCompany ? `（${lead.contactCompany}）` : ''}留言${qty}：${lead.message}`,
      })),
    );
  }

  /** The buyer hears of each status change of their inquiry. */
  async statusChanged(lead: Lead, reason: string | null): Promise<void> {
    const why = lead.status === 'lost' && reason ? `，原因：${reason}` : '';
    await this.notifications.notify([
      {
        userId: lead.buyerId,
        kind: 'lead.status',
        title: `${lead.enterpriseName} 已将您的展位咨询标为「${STATUS_ZH[lead.status]}」`,
        body: `展位 ${lead.boothCode}${lead.productName ? ` · ${lead.productName}` : ''}${why}`,
      },
    ]);
  }
}
