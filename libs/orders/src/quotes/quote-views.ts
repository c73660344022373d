import type { QuoteView, RfqMessageView, RfqSummaryView, RfqView } from '@livefair/protocol';
import { Quote } from './entities/quote.entity';
import { RfqMessage } from './entities/rfq-message.entity';
import { Rfq } from './entities/rfq.entity';
import { quoteStatusAt, rfqStatusAt } from './quote-status';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function toQuoteView(q: Quote, now: Date): QuoteView {
  return {
    id: q.id,
    rfqId: q.rfqId,
    status: quoteStatusAt(q, now),
    skuId: q.skuId,
    skuCode: q.skuCode,
    specs: q.specs,
    unitPriceFen: q.unitPriceFen,
    quantity: q.quantity,
    // Both bounded when the quote was made, so the product is a safe integer within MAX_ORDER_TOTAL_FEN.
    totalFen: q.unitPriceFen * q.quantity,
    validUntil: q.validUntil.toISOString(),
    paymentTerms: q.paymentTerms,
    deliveryTerms: q.deliveryTerms,
    packaging: q.packaging,
    leadTimeDays: q.leadTimeDays,
    remarks: q.remarks,
    authorId: q.authorId,
    authorName: q.authorName,
    createdAt: q.createdAt.toISOString(),
    decidedAt: iso(q.decidedAt),
    declineReason: q.declineReason,
    orderId: q.orderId,
  };
}

export function toRfqSummary(r: Rfq, latest: Quote | null, now: Date): RfqSummaryView {
  return {
    id: r.id,
    status: rfqStatusAt(r, now),
    buyerId: r.buyerId,
    buyerName: r.buyerName,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterpriseName,
    boothId: r.boothId,
    productId: r.productId,
    productName: r.productName,
    skuId: r.skuId,
    skuCode: r.skuCode,
    specs: r.specs,
    unit: r.unit,
    quantity: r.quantity,
    targetUnitPriceFen: r.targetUnitPriceFen,
    deadline: r.deadline.toISOString(),
    deliveryProvince: r.deliveryProvince,
    latestQuote: latest ? toQuoteView(latest, now) : null,
    orderId: r.orderId,
    orderNo: r.orderNo,
    messageCount: r.messageCount,
    createdAt: r.createdAt.toISOString(),
    lastActivityAt: r.lastActivityAt.toISOString(),
  };
}

export function toRfqView(r: Rfq, latest: Quote | null, now: Date): RfqView {
  return {
    ...toRfqSummary(r, latest, now),
    requirements: r.requirements,
    message: r.message,
    closedBy: r.closedBy,
    closeReason: r.closeReason,
    closedAt: iso(r.closedAt),
  };
}

export function toMessageView(m: RfqMessage): RfqMessageView {
  return {
    id: m.id,
    rfqId: m.rfqId,
    side: m.side,
    authorId: m.authorId,
    authorName: m.authorName,
    body: m.body,
    createdAt: m.createdAt.toISOString(),
  };
}
