import { Injectable } from '@nestjs/common';
import { openThreadState } from './open-thread-state';
import { CatalogService } from '@livefair/catalog';
import { DomainError, Principal, TransactionalConnection } from '@livefair/core';
import { EnterpriseService } from '@livefair/expo';
import { RFQ_LIMITS, type CnProvince, type QuoteView, type RfqView } from '@livefair/protocol';
import { OfferQuoteDto } from './dto/offer-quote.dto';
import { Rfq } from './entities/rfq.entity';
import { toRfqView } from './quote-views';
import { QuoteService } from './quote.service';

/** A buyer's posted purchase need, as the context that holds it (matching) describes it. */
export interface PostedNeed {
  buyerId: string;
  buyerName: string;
  quantity: number;
  targetUnitPriceFen: number | null;
  deadline: Date;
  deliveryProvince: CnProvince;
  /** The need's text and terms, shown in the thread as the buyer's requirements. */
  requirements: string;
}

export interface NeedAnswer {
  rfq: RfqView;
  quote: QuoteView;
}

/**
 * A supplier answers a buyer's posted purchase need with a quote, on its own initiative: the
 * thread (an RFQ from that buyer to the supplier's enterprise about one of its published
 * products) and its first quote commit together, so the buyer finds the quote in "my RFQs"
 * like any other. Who may answer which need, and how often, is the calling context's rule.
 */
@Injectable()
export class NeedAnswers {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly catalog: CatalogService,
    private readonly enterprises: EnterpriseService,
    private readonly quotes: QuoteService,
  ) {}

  async open(staff: Principal, productId: string, need: PostedNeed, offer: OfferQuoteDto): Promise<NeedAnswer> {
    if (!staff.enterpriseId) throw new DomainError('NOT_OWNER', 'This account belongs to no enterprise');
    const product = await this.catalog.find(productId);
    if (!product || product.enterpriseId !== staff.enterpriseId)
      throw DomainError.notFound('PRODUCT_NOT_FOUND', "Published product of the caller's enterprise", productId);
    if (product.skus.length === 0) throw new DomainError('PRODUCT_NOT_ORDERABLE', 'This product has no SKU to quote yet');
    const enterprise = await this.enterprises.view(product.enterpriseId);
    return this.tx.run(async () => {
      const now = new Date();
      const row = this.tx.getRepository(Rfq).create({
        status: 'open',
        buyerId: need.buyerId,
        buyerName: need.buyerName.slice(0, 64),
        enterpriseId: product.enterpriseId,
        enterpriseName: (enterprise?.name ?? '').slice(0, 128),
        boothId: null,
        productId: product.id,
        productName: product.name.slice(0, 200),
        unit: product.unit,
        skuId: null,
        skuCode: null,
        specs: null,
        quantity: Math.min(need.quantity, RFQ_LIMITS.maxQuantity),
        targetUnitPriceFen: need.targetUnitPriceFen,
        deadline: need.deadline,
        deliveryProvince: need.deliveryProvince,
        requirements: need.requirements.slice(0, RFQ_LIMITS.requirementsChars),
        message: '',
        ...openThreadState(now),
      });
      await this.tx.getRepository(Rfq).insert(row);
      // The quote step of the thread (its rules, lock, notice to the buyer and event), in this transaction.
      const quote = await this.quotes.offer(staff, row.id, offer);
      const fresh = await this.tx.getRepository(Rfq).findOneOrFail({ where: { id: row.id } });
      return { rfq: toRfqView(fresh, null, now), quote };
    });
  }
}
