import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@livefair/accounts';
import { DomainError, Principal, TransactionalConnection } from '@livefair/core';
import { NeedAnswer, NeedAnswers } from '@livefair/orders';
import { CAMPAIGN_LIMITS as C, type CnProvince, type SupplierAnswerView } from '@livefair/protocol';
import { In, MoreThan } from 'typeorm';
import { Demand } from '../entities/demand.entity';
import { MatchSupplier } from '../entities/match-supplier.entity';
import { Suggestion } from '../entities/suggestion.entity';
import { CampaignEvents } from './campaign-events';
import { AnswerQuoteDto } from './dto/answer-quote.dto';
import { MatchOutcome } from './entities/match-outcome.entity';
import { MatchOutcomes } from './match-outcomes';
import { MatchingTurns } from './matching-turns';

const DAY_MS = 86_400_000;

/**
 * A supplier answers a need of its orders for you: with a quote (the quotes flow opens the
 * thread to the buyer with the quote in it) or a decline. One answer per need and supplier; at
 * most CAMPAIGN_LIMITS.answersPerEnterprisePerDay a day per enterprise.
 */
@Injectable()
export class NeedResponses {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly answers: NeedAnswers,
    private readonly outcomes: MatchOutcomes,
    private readonly notifications: NotificationsService,
    private readonly events: CampaignEvents,
    private readonly turns: MatchingTurns,
  ) {}

  async quote(staff: Principal, demandId: string, dto: AnswerQuoteDto): Promise<NeedAnswer> {
    const { demand, supplier } = await this.answerable(staff, demandId);
    const { productId, ...offer } = dto;
    const certs = demand.certifications.length ? `；认证：${demand.certifications.join('、')}` : '';
    return this.tx.run(async () => {
      const outcome = await this.claim(staff, demand, supplier);
      const answer = await this.answers.open(
        staff,
        productId,
        {
          buyerId: demand.buyerId,
          buyerName: demand.buyerName,
          quantity: demand.quantity,
          targetUnitPriceFen: demand.targetUnitPriceFen,
          deadline: demand.deadline,
          deliveryProvince: demand.deliveryProvince as CnProvince,
          requirements: `回应采购需求：${demand.text}${certs}`,
        },
        offer,
      );
      await this.tx.getRepository(MatchOutcome).update({ id: outcome.id }, { rfqId: answer.rfq.id, updatedAt: new Date() });
      return answer;
    });
  }

  async decline(staff: Principal, demandId: string, reason: string | undefined): Promise<SupplierAnswerView> {
    const { demand, supplier } = await this.answerable(staff, demandId);
    return this.tx.run(async () => {
      const outcome = await this.claim(staff, demand, supplier);
      const now = new Date();
      const text = (reason ?? '').trim().slice(0, C.reasonChars);
      await this.tx
        .getRepository(MatchOutcome)
        .update({ id: outcome.id }, { declinedAt: now, declineReason: text || null, updatedAt: now });
      const listed = await this.tx.getRepository(Suggestion).findOne({ where: { demandId, supplierId: supplier.id } });
      if (listed?.rank)
        await this.notifications.notify([
          {
            userId: demand.buyerId,
            kind: 'matching.declined',
            title: `供应商婉拒：${supplier.name}`,
            body: `${supplier.name} 暂时无法承接您的采购需求「${demand.text.slice(0, 40)}」${text ? `：${text}` : '。'}可以联系其他推荐的供应商。`,
            link: `/my/demands/${demand.id}`,
          },
        ]);
      await this.events.emit(
        'response.declined',
        { demand, supplier },
        {
          demandId,
          supplierId: supplier.id,
          supplierName: supplier.name,
          enterpriseId: staff.enterpriseId,
          reason: text || null,
        },
      );
      return { kind: 'declined', rfqId: null, reason: text || null, at: now.toISOString() };
    });
  }

  /** The enterprise's answers to these needs (for its orders for you). */
  async answersOf(enterpriseId: string, demandIds: string[]): Promise<Map<string, SupplierAnswerView>> {
    const out = new Map<string, SupplierAnswerView>();
    if (!demandIds.length) return out;
    const rows = await this.tx.getRepository(MatchOutcome).find({ where: { enterpriseId, demandId: In(demandIds) } });
    for (const o of rows) {
      if (o.origin !== 'answer' && !o.declinedAt && !o.quotedAt) continue;
      out.set(o.demandId, {
        kind: o.quotedAt || o.rfqId ? 'quoted' : 'declined',
        rfqId: o.rfqId,
        reason: o.declineReason,
        at: (o.answeredAt ?? o.updatedAt).toISOString(),
      });
    }
    return out;
  }

  /** The open need and the caller's supplier profile it was suggested to (orders for you or the buyer's list). */
  private async answerable(staff: Principal, demandId: string): Promise<{ demand: Demand; supplier: MatchSupplier }> {
    if (!staff.enterpriseId) throw new DomainError('NOT_OWNER', 'This account belongs to no enterprise');
    const demand = await this.tx.getRepository(Demand).findOne({ where: { id: demandId } });
    if (!demand) throw DomainError.notFound('DEMAND_NOT_FOUND', 'Purchase need', demandId);
    if (demand.status !== 'open' || demand.deadline.getTime() <= Date.now())
      throw new DomainError('DEMAND_CLOSED', 'This purchase need is closed or past its deadline');
    const profiles = await this.tx.getRepository(MatchSupplier).find({ where: { enterpriseId: staff.enterpriseId }, take: 20 });
    const suggested = profiles.length
      ? await this.tx
          .getRepository(Suggestion)
          .find({ where: { demandId, supplierId: In(profiles.map((p) => p.id)) }, order: { score: 'DESC' }, take: 1 })
      : [];
    if (!suggested.length)
      throw new DomainError(
        'MATCH_NOT_SUGGESTED',
        'This purchase need was not suggested to your enterprise (see orders for you)',
      );
    return { demand, supplier: profiles.find((p) => p.id === suggested[0].supplierId)! };
  }

  /**
   * In the caller's transaction: takes the pair's one answer (a conditional update on its row, so
   * two answers at once cannot both pass), within the enterprise's daily bound.
   */
  private async claim(staff: Principal, demand: Demand, supplier: MatchSupplier): Promise<MatchOutcome> {
    await this.turns.take(`enterprise:${staff.enterpriseId}`);
    const now = new Date();
    const repo = this.tx.getRepository(MatchOutcome);
    const today = await repo.count({
      where: { enterpriseId: staff.enterpriseId!, answeredAt: MoreThan(new Date(now.getTime() - DAY_MS)) },
    });
    if (today >= C.answersPerEnterprisePerDay)
      throw new DomainError('RATE_LIMITED', `At most ${C.answersPerEnterprisePerDay} answers to purchase needs a day`);
    const outcome = await this.outcomes.ensure(demand.id, supplier.id, staff.enterpriseId);
    const res = await repo
      .createQueryBuilder()
      .update()
      .set({ origin: 'answer', answeredAt: now, enterpriseId: staff.enterpriseId, updatedAt: now })
      .where('id = :id AND rfqId IS NULL AND declinedAt IS NULL', { id: outcome.id })
      .execute();
    if ((res.affected ?? 0) !== 1)
      throw new DomainError(
        'MATCH_ALREADY_ANSWERED',
        outcome.rfqId
          ? `This need already has a quotation thread with you (${outcome.rfqId}); quote there`
          : 'You already answered this purchase need',
      );
    return outcome;
  }
}
