import { Injectable } from '@nestjs/common';
import { CatalogService } from '@livefair/catalog';
import { DomainError, EventBus, isUniqueViolation, Principal, TransactionalConnection } from '@livefair/core';
import type { OrderView } from '@livefair/protocol';
import { OrderEvent } from '../entities/order-event.entity';
import { Order } from '../entities/order.entity';
import { assertSameRequest, requestHash, requireIdempotencyKey } from '../idempotency';
import { toOrderView } from '../order-views';
import { OrderWriter } from '../order-writer';
import { AcceptQuoteDto } from './dto/accept-quote.dto';
import { Quote } from './entities/quote.entity';
import { Rfq } from './entities/rfq.entity';
import { unanswerable } from './quote.service';
import { RfqNotifier, yuan } from './rfq-notifier';
import { RfqThreads } from './rfq-threads';

export interface Acceptance {
  order: OrderView;
  /** True when an earlier request with the same key made the order (the answer is repeated). */
  replayed: boolean;
}

/**
 * The buyer accepts the quote on offer: the quote, the RFQ and the new order (type `quote`,
 * `confirmed`, priced from the quote) commit together. The thread's lock makes concurrent
 * accepts take turns: the second finds the quote accepted, and gets the first answer when it
 * carries the same Idempotency-Key, 409 QUOTE_ALREADY_DECIDED otherwise. One order per quote.
 */
@Injectable()
export class QuoteAcceptance {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly catalog: CatalogService,
    private readonly threads: RfqThreads,
    private readonly writer: OrderWriter,
    private readonly notifier: RfqNotifier,
    private readonly events: EventBus,
  ) {}

  async accept(buyer: Principal, quoteId: string, dto: AcceptQuoteDto, rawKey: unknown): Promise<Acceptance> {
    const key = requireIdempotencyKey(rawKey);
    const hash = requestHash('quotes.accept', { quoteId, shipTo: dto.shipTo, invoice: dto.invoice, note: dto.note });
    const done = await this.replay(buyer.userId, key, hash, dto);
    if (done) return done;
    const quote = await this.tx.getRepository(Quote).findOne({ where: { id: quoteId } });
    if (!quote) throw DomainError.notFound('QUOTE_NOT_FOUND', 'Quote', quoteId);
    await this.threads.find(buyer, quote.rfqId, 'buyer');
    try {
      return await this.tx.run(async () => {
        const now = new Date();
        const rfq = await this.threads.lock(quote.rfqId, now);
        // A request with this key may have finished while this one waited for the thread.
        const meanwhile = await this.replay(buyer.userId, key, hash, dto);
        if (meanwhile) return meanwhile;
        const q = await this.tx.getRepository(Quote).findOneOrFail({ where: { id: quoteId } });
        const refusal = unanswerable(rfq, q, now);
        if (refusal) throw refusal;
        const sku = await this.catalog.orderableSku(q.skuId);
        if (!sku) throw DomainError.notFound('SKU_NOT_FOUND', 'SKU', q.skuId);
        const [order] = await this.writer.insert([
          {
            type: 'quote',
            buyer: { id: buyer.userId, name: buyer.displayName },
            sku,
            quantity: q.quantity,
            unitPriceFen: q.unitPriceFen,
            idempotencyKey: key,
            requestHash: hash,
            boothId: rfq.boothId,
            quoteId: q.id,
            shipTo: dto.shipTo ?? null,
            invoice: dto.invoice ?? null,
            note: dto.note ?? '',
            actor: 'buyer',
          },
        ]);
        await this.tx.getRepository(Quote).update({ id: q.id }, { status: 'accepted', decidedAt: now, orderId: order.id });
        await this.tx
          .getRepository(Rfq)
          .update({ id: rfq.id }, { status: 'accepted', orderId: order.id, orderNo: order.orderNo, offerValidUntil: null });
        await this.notifier.tellOtherSide(
          rfq,
          'buyer',
          'rfq.accepted',
          `报价已接受：${rfq.productName}`,
          `${rfq.buyerName} 接受了报价，订单 ${order.orderNo} 已生成：${order.quantity.toLocaleString('zh-CN')} ${order.unit}，合计 ${yuan(order.totalFen)}。`,
        );
        this.events.publish('orders.quote-decided', {
          rfqId: rfq.id,
          quoteId: q.id,
          buyerId: rfq.buyerId,
          enterpriseId: rfq.enterpriseId,
          decision: 'accepted',
          orderId: order.id,
          orderNo: order.orderNo,
          totalFen: order.totalFen,
        });
        return { order: asAccepted(order, await this.firstEvent(order.id), dto), replayed: false };
      });
    } catch (err) {
      // The key went to another of this buyer's requests that committed first (another quote, or a placement).
      if (isUniqueViolation(err)) {
        const winner = await this.replay(buyer.userId, key, hash, dto);
        if (winner) return winner;
      }
      throw err;
    }
  }

  /** The order an earlier request with this key made, if the same request; 422 IDEMPOTENCY_KEY_REUSED if another. */
  private async replay(buyerId: string, key: string, hash: string, dto: AcceptQuoteDto): Promise<Acceptance | null> {
    const order = await this.tx.getRepository(Order).findOne({ where: { buyerId, idempotencyKey: key } });
    if (!order) return null;
    assertSameRequest(order, hash);
    return { order: asAccepted(order, await this.firstEvent(order.id), dto), replayed: true };
  }

  private firstEvent(orderId: string): Promise<OrderEvent | null> {
    return this.tx.getRepository(OrderEvent).findOne({ where: { orderId }, order: { at: 'ASC' } });
  }
}

/**
 * The answer the accepting request got, rebuilt from the row: the order as it was made (its
 * first status, no payment or shipping yet, the delivery details of the request, which a replay
 * repeats), so a replay returns the same body however the order moved on since.
 */
function asAccepted(o: Order, first: OrderEvent | null, dto: AcceptQuoteDto): OrderView {
  const made = Object.assign(new Order(), o, {
    status: first?.toStatus ?? o.status,
    paymentRef: null,
    carrier: null,
    trackingNo: null,
    cancelReason: null,
    shipTo: dto.shipTo ?? null,
    invoice: dto.invoice ?? null,
    note: dto.note ?? '',
    updatedAt: o.createdAt,
  });
  return toOrderView(made, first ? [first] : []);
}
