import { Injectable } from '@nestjs/common';
import { Principal, TransactionalConnection } from '@livefair/core';
import { MeetingService } from '@livefair/meetings';
import {
  CAMPAIGN_LIMITS as C,
  type CampaignDashboard,
  type CampaignDemandView,
  type CampaignMatchView,
  type CampaignOrderView,
} from '@livefair/protocol';
import { In } from 'typeorm';
import { Demand } from '../entities/demand.entity';
import { MatchSupplier } from '../entities/match-supplier.entity';
import { Suggestion } from '../entities/suggestion.entity';
import { CampaignScope } from './campaign-scope';
import { toCampaignView } from './campaign-views';
import { CampaignService } from './campaign.service';
import { CampaignPush } from './entities/campaign-push.entity';
import { MatchOutcome } from './entities/match-outcome.entity';

/**
 * What a campaign produced: its needs, the suggested matches with its suppliers, pushes,
 * responses (quotes, declines), meetings about its needs and the orders accepted quotes made.
 * Reads at most CAMPAIGN_LIMITS.matchesMax matches (newest needs first); lists show up to listMax.
 */
@Injectable()
export class CampaignDashboards {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly campaigns: CampaignService,
    private readonly scope: CampaignScope,
    private readonly meetings: MeetingService,
  ) {}

  async get(organizer: Principal, id: string): Promise<CampaignDashboard> {
    const campaign = await this.campaigns.own(organizer, id);
    const totalDemands = await this.scope.demands(campaign).getCount();
    const rows = await (
      await this.scope.matches(campaign)
    )
      .orderBy('d.createdAt', 'DESC')
      .addOrderBy('s.rank', 'ASC')
      .limit(C.matchesMax)
      .getMany();
    const demandIds = [...new Set(rows.map((r) => r.demandId))];
    const demands = await this.load(Demand, demandIds);
    const suppliers = await this.load(MatchSupplier, [...new Set(rows.map((r) => r.supplierId))]);
    const pushes = new Map(
      (rows.length
        ? await this.tx.getRepository(CampaignPush).find({ where: { suggestionId: In(rows.map((r) => r.id)) } })
        : []
      ).map((p) => [p.suggestionId, p]),
    );
    const outcomes = new Map(
      (demandIds.length ? await this.tx.getRepository(MatchOutcome).find({ where: { demandId: In(demandIds) } }) : []).map(
        (o) => [`${o.demandId}/${o.supplierId}`, o],
      ),
    );
    const matches = rows.map((r) => this.matchView(r, demands, suppliers, pushes, outcomes));
    const outcomesOf = matches.map((m) => outcomes.get(`${m.demandId}/${m.supplierId}`)).filter((o) => o !== undefined);
    const orders: CampaignOrderView[] = outcomesOf
      .filter((o) => o.orderId && o.orderNo)
      .map((o) => ({
        orderId: o.orderId!,
        orderNo: o.orderNo!,
        totalFen: o.orderTotalFen ?? 0,
        demandId: o.demandId,
        supplierName: suppliers.get(o.supplierId)?.name ?? '',
        buyerName: demands.get(o.demandId)?.buyerName ?? '',
        at: (o.acceptedAt ?? o.updatedAt).toISOString(),
      }))
      .sort((a, b) => b.at.localeCompare(a.at));
    // Meetings about the campaign's needs with its suppliers' enterprises.
    const enterprisesOf = new Map<string, Set<string>>();
    for (const m of matches)
      if (m.enterpriseId) enterprisesOf.set(m.demandId, (enterprisesOf.get(m.demandId) ?? new Set()).add(m.enterpriseId));
    const meetings = (await this.meetings.aboutDemands(demandIds.slice(0, 1000))).filter(
      (m) => m.demandId !== null && enterprisesOf.get(m.demandId)?.has(m.enterpriseId),
    );
    const perDemand = new Map<string, number>();
    for (const m of matches) perDemand.set(m.demandId, (perDemand.get(m.demandId) ?? 0) + 1);
    const demandViews: CampaignDemandView[] = demandIds.slice(0, C.listMax).map((did) => {
      const d = demands.get(did)!;
      return {
        id: d.id,
        text: d.text,
        buyerName: d.buyerName,
        quantity: d.quantity,
        unit: d.unit,
        deliveryProvince: d.deliveryProvince,
        status: d.status,
        createdAt: d.createdAt.toISOString(),
        matches: perDemand.get(d.id) ?? 0,
      };
    });
    const quoted = matches.filter((m) => m.response === 'quoted').length;
    const declined = matches.filter((m) => m.response === 'declined').length;
    return {
      campaign: toCampaignView(campaign),
      counts: {
        demands: totalDemands,
        matchedDemands: demandIds.length,
        suggestions: matches.length,
        pushed: matches.filter((m) => m.pushedAt).length,
        responses: quoted + declined,
        quoted,
        declined,
        meetings: meetings.length,
        orders: orders.length,
        orderTotalFen: orders.reduce((n, o) => n + o.totalFen, 0),
      },
      demands: demandViews,
      matches: matches.slice(0, C.listMax),
      meetings: meetings.slice(0, C.listMax).map((m) => ({
        id: m.id,
        status: m.status,
        topic: m.topic,
        buyerName: m.buyerName,
        enterpriseName: m.enterpriseName,
        demandId: m.demandId,
        startsAt: m.accepted?.startsAt ?? m.slots[0]?.startsAt ?? null,
      })),
      orders: orders.slice(0, C.listMax),
    };
  }

  private matchView(
    r: Suggestion,
    demands: Map<string, Demand>,
    suppliers: Map<string, MatchSupplier>,
    pushes: Map<string, CampaignPush>,
    outcomes: Map<string, MatchOutcome>,
  ): CampaignMatchView {
    const d = demands.get(r.demandId);
    const s = suppliers.get(r.supplierId);
    const o = outcomes.get(`${r.demandId}/${r.supplierId}`);
    return {
      suggestionId: r.id,
      demandId: r.demandId,
      demandText: d?.text ?? '',
      buyerName: d?.buyerName ?? '',
      supplierId: r.supplierId,
      supplierName: s?.name ?? '',
      enterpriseId: s?.enterpriseId ?? null,
      rank: r.rank,
      score: r.score,
      pushedAt: pushes.get(r.id)?.pushedAt.toISOString() ?? null,
      response: o?.quotedAt ? 'quoted' : o?.declinedAt ? 'declined' : null,
      rfqId: o?.rfqId ?? null,
      orderNo: o?.orderNo ?? null,
    };
  }

  private async load<E extends Demand | MatchSupplier>(entity: new () => E, ids: string[]): Promise<Map<string, E>> {
    const out = new Map<string, E>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = (await this.tx.getRepository(entity).find({ where: { id: In(ids.slice(i, i + 500)) } as never })) as E[];
      for (const r of rows) out.set(r.id, r);
    }
    return out;
  }
}
