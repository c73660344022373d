import { Injectable } from '@nestjs/common';
import { DomainError, Principal, TransactionalConnection } from '@livefair/core';
import { BoothService } from '@livefair/expo';
import { RfqService } from '@livefair/orders';
import { RFQ_LIMITS, type CnProvince, type RfqView } from '@livefair/protocol';
import { MatchOutcomes } from './campaigns/match-outcomes';
import { DemandService } from './demand.service';
import { Suggestion } from './entities/suggestion.entity';
import { MatchIndex } from './match-index.service';

export interface ContactView {
  supplierId: string;
  name: string;
  enterpriseId: string | null;
  /** The enterprise's booths (open one to chat, watch its live sessions or leave an inquiry). */
  boothIds: string[];
}

/** What a buyer does from a suggestion: contact the supplier, or invite it to quote (an RFQ of the quotes flow). */
@Injectable()
export class MatchActions {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly demands: DemandService,
    private readonly index: MatchIndex,
    private readonly rfqs: RfqService,
    private readonly booths: BoothService,
    private readonly outcomes: MatchOutcomes,
  ) {}

  async contact(buyer: Principal, demandId: string, supplierId: string): Promise<ContactView> {
    const suggestion = await this.suggestion(buyer, demandId, supplierId);
    const s = this.index.matcher.supplier(supplierId)!;
    if (suggestion.status === 'suggested')
      await this.tx.getRepository(Suggestion).update({ id: suggestion.id }, { status: 'contacted' });
    const boothIds = s.enterpriseId ? (await this.booths.ofEnterprise(s.enterpriseId)).map((b) => b.id) : [];
    return { supplierId, name: s.name, enterpriseId: s.enterpriseId, boothIds };
  }

  async invite(buyer: Principal, demandId: string, supplierId: string, message?: string): Promise<RfqView> {
    const suggestion = await this.suggestion(buyer, demandId, supplierId);
    const demand = await this.demands.own(buyer, demandId);
    if (demand.status !== 'open') throw new DomainError('DEMAND_CLOSED', 'This purchase need is closed');
    const s = this.index.matcher.supplier(supplierId)!;
    const fitting = suggestion.productIds.map((id) => s.products.find((p) => p.id === id)).find((p) => p?.catalogProductId);
    const productId = fitting?.catalogProductId ?? s.products.find((p) => p.catalogProductId)?.catalogProductId;
    if (!s.enterpriseId || !productId)
      throw new DomainError(
        'MATCH_NOT_INVITABLE',
        'This supplier has no published catalog product to quote on; contact it instead',
      );
    const certs = demand.certifications.length ? `；认证：${demand.certifications.join('、')}` : '';
    const flags = [
      demand.oem ? 'OEM/定制logo' : '',
      demand.sampleFirst ? '先打样' : '',
      demand.vatInvoice ? '需开增值税专用发票' : '',
    ]
      .filter(Boolean)
      .join('，');
    const rfq = await this.rfqs.create(buyer, {
      productId,
      quantity: Math.min(demand.quantity, RFQ_LIMITS.maxQuantity),
      targetUnitPriceFen: demand.targetUnitPriceFen ?? undefined,
      deadline: demand.deadline.toISOString(),
      deliveryProvince: demand.deliveryProvince as CnProvince,
      requirements: `${demand.text}${certs}${flags ? `；${flags}` : ''}`.slice(0, RFQ_LIMITS.requirementsChars),
      message: (message ?? '').slice(0, RFQ_LIMITS.messageChars),
    });
    await this.tx.getRepository(Suggestion).update({ id: suggestion.id }, { status: 'invited', rfqId: rfq.id });
    // The campaigns follow the thread's quotes from here (the orders context's quote events).
    await this.outcomes.invited(demandId, supplierId, s.enterpriseId, rfq.id);
    return rfq;
  }

  private async suggestion(buyer: Principal, demandId: string, supplierId: string): Promise<Suggestion> {
    await this.demands.own(buyer, demandId);
    const row = await this.tx.getRepository(Suggestion).findOne({ where: { demandId, supplierId } });
    if (!row || row.rank === null)
      throw new DomainError('MATCH_NOT_SUGGESTED', 'This supplier is not among the suggestions of this purchase need');
    await this.index.sync();
    if (!this.index.matcher.supplier(supplierId)) throw DomainError.notFound('MATCH_SUPPLIER_NOT_FOUND', 'Supplier', supplierId);
    return row;
  }
}
