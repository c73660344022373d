import { Injectable, Logger } from '@nestjs/common';
import { DomainEvents, OnDomainEvent, TransactionalConnection } from '@livefair/core';
import { randomUUID } from 'node:crypto';
import { Demand } from '../entities/demand.entity';
import { MatchSupplier } from '../entities/match-supplier.entity';
import { CampaignEvents } from './campaign-events';
import { MatchOutcome } from './entities/match-outcome.entity';

/**
 * What followed each suggested pair, kept from the quotes flow: the RFQ a buyer's invitation or a
 * supplier's answer opened, and after each committed quote step (the orders context's events) the
 * quote, the buyer's decision and the order, each also announced to the campaigns' webhooks.
 */
@Injectable()
export class MatchOutcomes {
  private readonly logger = new Logger('MatchOutcomes');

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly events: CampaignEvents,
  ) {}

  /** The pair's row, made when missing (in the caller's transaction). */
  async ensure(demandId: string, supplierId: string, enterpriseId: string | null): Promise<MatchOutcome> {
    const repo = this.tx.getRepository(MatchOutcome);
    const found = await repo.findOne({ where: { demandId, supplierId } });
    if (found) return found;
    await repo
      .createQueryBuilder()
      .insert()
      .values({ id: randomUUID(), demandId, supplierId, enterpriseId, quoteCount: 0, updatedAt: new Date() })
      .orIgnore()
      .execute();
    return repo.findOneOrFail({ where: { demandId, supplierId } });
  }

  /** The buyer sent an RFQ from the suggestion. */
  async invited(demandId: string, supplierId: string, enterpriseId: string, rfqId: string): Promise<void> {
    await this.tx.run(async () => {
      const o = await this.ensure(demandId, supplierId, enterpriseId);
      await this.tx.getRepository(MatchOutcome).update({ id: o.id }, { rfqId, origin: 'invite', updatedAt: new Date() });
    });
  }

  @OnDomainEvent('orders.quote-offered')
  async onQuoteOffered(e: DomainEvents['orders.quote-offered']): Promise<void> {
    await this.tx.run(async () => {
      const found = await this.pairOf(e.rfqId);
      if (!found) return;
      const { outcome, pair } = found;
      const now = new Date();
      await this.tx
        .getRepository(MatchOutcome)
        .update({ id: outcome.id }, { quotedAt: now, quoteCount: outcome.quoteCount + 1, updatedAt: now });
      await this.events.emit('response.quoted', pair, {
        demandId: outcome.demandId,
        supplierId: outcome.supplierId,
        supplierName: pair.supplier.name,
        enterpriseId: e.enterpriseId,
        rfqId: e.rfqId,
        quoteId: e.quoteId,
        unitPriceFen: e.unitPriceFen,
        quantity: e.quantity,
        origin: outcome.origin,
      });
    });
  }

  @OnDomainEvent('orders.quote-decided')
  async onQuoteDecided(e: DomainEvents['orders.quote-decided']): Promise<void> {
    await this.tx.run(async () => {
      const found = await this.pairOf(e.rfqId);
      if (!found) return;
      const { outcome, pair } = found;
      const now = new Date();
      const accepted = e.decision === 'accepted';
      await this.tx.getRepository(MatchOutcome).update(
        { id: outcome.id },
        accepted
          ? {
              buyerDecision: 'accepted',
              orderId: e.orderId,
              orderNo: e.orderNo,
              orderTotalFen: e.totalFen,
              acceptedAt: now,
              updatedAt: now,
            }
          : { buyerDecision: 'declined', updatedAt: now },
      );
      await this.events.emit(accepted ? 'quote.accepted' : 'quote.declined', pair, {
        demandId: outcome.demandId,
        supplierId: outcome.supplierId,
        supplierName: pair.supplier.name,
        rfqId: e.rfqId,
        quoteId: e.quoteId,
        orderId: e.orderId,
        orderNo: e.orderNo,
        totalFen: e.totalFen,
      });
    });
  }

  private async pairOf(rfqId: string) {
    const outcome = await this.tx.getRepository(MatchOutcome).findOne({ where: { rfqId } });
    if (!outcome) return null;
    const demand = await this.tx.getRepository(Demand).findOne({ where: { id: outcome.demandId } });
    const supplier = await this.tx.getRepository(MatchSupplier).findOne({ where: { id: outcome.supplierId } });
    if (!demand || !supplier) {
      this.logger.warn({ rfqId }, 'the need or supplier of a matched RFQ is gone');
      return null;
    }
    return { outcome, pair: { demand, supplier } };
  }
}
