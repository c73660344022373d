import { Injectable } from '@nestjs/common';
import { CatalogService } from '@livefair/catalog';
import { DomainError, EventBus, Principal, TransactionalConnection } from '@livefair/core';
import { RFQ_LIMITS, type QuoteView } from '@livefair/protocol';
import { MAX_ORDER_TOTAL_FEN } from '../money';
import { OfferQuoteDto } from './dto/offer-quote.dto';
import { Quote } from './entities/quote.entity';
import { Rfq } from './entities/rfq.entity';
import { canQuote, quoteStatusAt, rfqStatusAt } from './quote-status';
import { toQuoteView } from './quote-views';
import { beijingTime, RfqNotifier, yuan } from './rfq-notifier';
import { RfqThreads } from './rfq-threads';

/**
 * Why `quote` cannot be answered (accepted or declined) now; null when it can. The RFQ is the
 * thread's row as read under its lock.
 */
export function unanswerable(rfq: Rfq, quote: Quote, now: Date): DomainError | null {
  if (quote.status === 'superseded' || quote.id !== rfq.latestQuoteId)
    return new DomainError('QUOTE_SUPERSEDED', 'A newer quote replaced this one; answer that one');
  if (quote.status === 'accepted' || quote.status === 'declined' || quote.status === 'withdrawn')
    return new DomainError('QUOTE_ALREADY_DECIDED', `This quote was already ${quote.status}`);
  if (quoteStatusAt(quote, now) === 'expired')
    return new DomainError('QUOTE_EXPIRED', `This quote was valid until ${quote.validUntil.toISOString()}; ask for a new one`);
  if (rfqStatusAt(rfq, now) !== 'quoted')
    return new DomainError('RFQ_NOT_OPEN', `This request for quotation is ${rfqStatusAt(rfq, now)}`);
  return null;
}

/** The exhibitor's quotes, and the buyer declining one (accepting is QuoteAcceptance). */
@Injectable()
export class QuoteService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly catalog: CatalogService,
    private readonly threads: RfqThreads,
    private readonly notifier: RfqNotifier,
    private readonly events: EventBus,
  ) {}

  /** A new quote; the one on offer, if any, is superseded. */
  async offer(staff: Principal, rfqId: string, dto: OfferQuoteDto): Promise<QuoteView> {
    const { rfq: asked } = await this.threads.find(staff, rfqId, 'exhibitor');
    const sku = await this.skuToQuote(asked, dto.skuId);
    const quantity = dto.quantity ?? asked.quantity;
    if (dto.unitPriceFen * quantity > MAX_ORDER_TOTAL_FEN)
      throw new DomainError('ORDER_TOTAL_TOO_LARGE', `A quote's total may be at most ${yuan(MAX_ORDER_TOTAL_FEN)}; split it`);

    const quote = await this.tx.run(async () => {
      const now = new Date();
      const rfq = await this.threads.lock(rfqId, now);
      if (!canQuote(rfq, now))
        throw new DomainError(
          'RFQ_NOT_OPEN',
          rfq.deadline <= now
            ? 'The deadline of this request for quotation has passed'
            : `This request for quotation is ${rfqStatusAt(rfq, now)}`,
        );
      if (rfq.quoteCount >= RFQ_LIMITS.quotesPerThread)
        throw new DomainError('RFQ_THREAD_FULL', `A thread holds at most ${RFQ_LIMITS.quotesPerThread} quotes`);
      const quotes = this.tx.getRepository(Quote);
      await quotes
        .createQueryBuilder()
        .update()
        .set({ status: 'superseded', decidedAt: now })
        .where(`rfqId = :rfqId AND status = 'offered' AND validUntil > :now`, { rfqId, now })
        .execute();
      const q = quotes.create({
        rfqId,
        status: 'offered',
        skuId: sku.skuId,
        skuCode: sku.skuCode,
        specs: sku.specs,
        unitPriceFen: dto.unitPriceFen,
        quantity,
        validUntil: new Date(dto.validUntil),
        paymentTerms: dto.paymentTerms ?? '',
        deliveryTerms: dto.deliveryTerms ?? '',
        packaging: dto.packaging ?? '',
        leadTimeDays: dto.leadTimeDays ?? null,
        remarks: dto.remarks ?? '',
        authorId: staff.userId,
        authorName: staff.displayName.slice(0, 64),
        createdAt: now,
        decidedAt: null,
        declineReason: null,
        orderId: null,
      });
      await quotes.insert(q);
      await this.tx
        .getRepository(Rfq)
        .update(
          { id: rfqId },
          { status: 'quoted', latestQuoteId: q.id, offerValidUntil: q.validUntil, quoteCount: rfq.quoteCount + 1 },
        );
      await this.notifier.tellOtherSide(
        rfq,
        'exhibitor',
        'rfq.quoted',
        `收到报价：${rfq.productName}`,
        `${rfq.enterpriseName} 报价 ${yuan(q.unitPriceFen)}/${rfq.unit} × ${q.quantity.toLocaleString('zh-CN')}，合计 ${yuan(q.unitPriceFen * q.quantity)}，有效期至 ${beijingTime(q.validUntil)}。`,
      );
      this.events.publish('orders.quote-offered', {
        rfqId,
        quoteId: q.id,
        buyerId: rfq.buyerId,
        enterpriseId: rfq.enterpriseId,
        unitPriceFen: q.unitPriceFen,
        quantity: q.quantity,
      });
      return q;
    });
    return toQuoteView(quote, new Date());
  }

  async decline(buyer: Principal, quoteId: string, reason: string | undefined): Promise<QuoteView> {
    const quote = await this.tx.getRepository(Quote).findOne({ where: { id: quoteId } });
    if (!quote) throw DomainError.notFound('QUOTE_NOT_FOUND', 'Quote', quoteId);
    await this.threads.find(buyer, quote.rfqId, 'buyer');
    const declined = await this.tx.run(async () => {
      const now = new Date();
      const rfq = await this.threads.lock(quote.rfqId, now);
      const q = await this.tx.getRepository(Quote).findOneOrFail({ where: { id: quoteId } });
      const refusal = unanswerable(rfq, q, now);
      if (refusal) throw refusal;
      const decision = { status: 'declined' as const, decidedAt: now, declineReason: reason ?? '' };
      await this.tx.getRepository(Quote).update({ id: quoteId }, decision);
      await this.tx.getRepository(Rfq).update({ id: rfq.id }, { status: 'declined', offerValidUntil: null });
      await this.notifier.tellOtherSide(
        rfq,
        'buyer',
        'rfq.declined',
        `报价未被接受：${rfq.productName}`,
        `${rfq.buyerName} 拒绝了 ${yuan(q.unitPriceFen)}/${rfq.unit} 的报价${reason ? `：${reason}` : '。'}可以发送新的报价。`,
      );
      this.events.publish('orders.quote-decided', {
        rfqId: rfq.id,
        quoteId,
        buyerId: rfq.buyerId,
        enterpriseId: rfq.enterpriseId,
        decision: 'declined',
        orderId: null,
        orderNo: null,
        totalFen: null,
      });
      return Object.assign(q, decision);
    });
    return toQuoteView(declined, new Date());
  }

  /** The SKU a quote is for: the one named, else the RFQ's, else the product's only one. */
  private async skuToQuote(rfq: Rfq, skuId: string | undefined) {
    let id = skuId ?? rfq.skuId;
    if (!id) {
      const product = await this.catalog.find(rfq.productId);
      if (!product) throw new DomainError('PRODUCT_NOT_ORDERABLE', 'This product is no longer on sale');
      if (product.skus.length !== 1)
        throw new DomainError(
          'QUOTE_SKU_REQUIRED',
          'The buyer named no SKU and the product has several: name the one you quote (skuId)',
        );
      id = product.skus[0].id;
    }
    const sku = await this.catalog.orderableSku(id);
    if (!sku || sku.productId !== rfq.productId) throw DomainError.notFound('SKU_NOT_FOUND', 'SKU of this product', id);
    return sku;
  }
}
