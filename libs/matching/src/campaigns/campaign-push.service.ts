import { Injectable } from '@nestjs/common';
import { AccountsService, NotificationsService, NotifyUserPayload } from '@livefair/accounts';
import { DomainError, insertRows, isUniqueViolation, Principal, TransactionalConnection } from '@livefair/core';
import { CAMPAIGN_LIMITS as C, type PushResult } from '@livefair/protocol';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { Demand } from '../entities/demand.entity';
import { MatchSupplier } from '../entities/match-supplier.entity';
import { Suggestion } from '../entities/suggestion.entity';
import { CampaignEvents } from './campaign-events';
import { CampaignScope } from './campaign-scope';
import { CampaignService } from './campaign.service';
import { PushDto } from './dto/campaign.dto';
import { CampaignPush } from './entities/campaign-push.entity';
import { Campaign } from './entities/campaign.entity';

/**
 * The organizer pushes a batch of its campaign's suggestions to both sides: the buyer and the
 * supplier's staff each get an inbox line linking to it, the campaign's webhook gets
 * `suggestion.pushed`; a pushed suggestion is marked (unique) and never pushed again.
 */
@Injectable()
export class CampaignPushes {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly campaigns: CampaignService,
    private readonly scope: CampaignScope,
    private readonly accounts: AccountsService,
    private readonly notifications: NotificationsService,
    private readonly events: CampaignEvents,
  ) {}

  async push(organizer: Principal, campaignId: string, dto: PushDto): Promise<PushResult> {
    const named = dto.suggestionIds !== undefined;
    if (named === (dto.topPerDemand !== undefined) || (named && dto.suggestionIds!.length === 0))
      throw new DomainError('CAMPAIGN_PUSH_INVALID', 'Name 1 to 200 suggestionIds, or topPerDemand (1-10), not both');
    const campaign = await this.campaigns.own(organizer, campaignId);
    // Only suggestions in the buyer's list can be pushed (the buyer's page shows them).
    const qb = (await this.scope.matches(campaign)).andWhere('s.rank IS NOT NULL');
    if (named) qb.andWhere('s.id IN (:...ids)', { ids: dto.suggestionIds });
    else qb.andWhere('s.rank <= :top', { top: dto.topPerDemand });
    const rows = await qb.orderBy('d.createdAt', 'DESC').addOrderBy('s.rank', 'ASC').limit(C.pushMax).getMany();
    if (named && rows.length !== dto.suggestionIds!.length) {
      const found = new Set(rows.map((r) => r.id));
      const missing = dto.suggestionIds!.filter((id) => !found.has(id));
      throw new DomainError('MATCH_NOT_SUGGESTED', `Not suggestions of this campaign's list: ${missing.slice(0, 5).join(', ')}`);
    }
    try {
      return await this.write(campaign, rows);
    } catch (err) {
      // A concurrent push of one of these committed first (the unique suggestion id): this one
      // rolled back whole; once more, it finds that one pushed and skips it.
      if (!isUniqueViolation(err)) throw err;
      return this.write(campaign, rows);
    }
  }

  private async write(campaign: Campaign, rows: Suggestion[]): Promise<PushResult> {
    const campaignId = campaign.id;
    return this.tx.run(async () => {
      const pushes = this.tx.getRepository(CampaignPush);
      const before = rows.length
        ? new Set((await pushes.find({ where: { suggestionId: In(rows.map((r) => r.id)) } })).map((p) => p.suggestionId))
        : new Set<string>();
      const fresh = rows.filter((r) => !before.has(r.id));
      const now = new Date();
      // A concurrent push of the same suggestion fails here on the unique id and rolls this one back.
      await insertRows(
        this.tx.manager,
        CampaignPush,
        fresh.map((r) =>
          Object.assign(new CampaignPush(), {
            id: randomUUID(),
            campaignId,
            suggestionId: r.id,
            demandId: r.demandId,
            supplierId: r.supplierId,
            pushedAt: now,
          }),
        ),
      );
      const demands = await this.byId(
        Demand,
        fresh.map((r) => r.demandId),
      );
      const suppliers = await this.byId(
        MatchSupplier,
        fresh.map((r) => r.supplierId),
      );
      const lines: NotifyUserPayload[] = [];
      const staff = new Map<string, string[]>();
      for (const r of fresh) {
        const d = demands.get(r.demandId)!;
        const s = suppliers.get(r.supplierId)!;
        const need = d.text.length > 40 ? `${d.text.slice(0, 40)}…` : d.text;
        lines.push({
          userId: d.buyerId,
          kind: 'matching.suggested',
          title: `为您推荐供应商：${s.name}`,
          body: `${campaign.name}：${s.name} 适合您的采购需求「${need}」（第 ${r.rank} 位，匹配分 ${Math.round(r.score)}）。`,
          link: `/my/demands/${d.id}`,
        });
        if (s.enterpriseId) {
          if (!staff.has(s.enterpriseId)) staff.set(s.enterpriseId, await this.accounts.staffIdsOf(s.enterpriseId));
          for (const userId of staff.get(s.enterpriseId)!)
            lines.push({
              userId,
              kind: 'matching.suggested',
              title: `为您推荐采购需求：${need}`,
              body: `${campaign.name}：${d.buyerName || '一位采购商'} 求购 ${d.quantity.toLocaleString('zh-CN')} ${d.unit}，交货省份 ${d.deliveryProvince}。可在「为您找订单」中报价或婉拒。`,
              link: `/my/orders-for-you?demand=${d.id}`,
            });
        }
        await this.events.emit(
          'suggestion.pushed',
          { demand: d, supplier: s },
          {
            suggestionId: r.id,
            demandId: d.id,
            demandText: d.text,
            buyerName: d.buyerName,
            supplierId: s.id,
            supplierName: s.name,
            enterpriseId: s.enterpriseId,
            rank: r.rank,
            score: r.score,
          },
          campaign,
        );
      }
      await this.notifications.notify(lines);
      return {
        pushed: fresh.map((r) => r.id),
        alreadyPushed: rows.filter((r) => before.has(r.id)).map((r) => r.id),
        notifications: lines.length,
      };
    });
  }

  private async byId<E extends Demand | MatchSupplier>(entity: new () => E, ids: string[]): Promise<Map<string, E>> {
    if (!ids.length) return new Map();
    const rows = (await this.tx.getRepository(entity).find({ where: { id: In([...new Set(ids)]) } as never })) as E[];
    return new Map(rows.map((r) => [r.id, r]));
  }
}
