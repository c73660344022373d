import type { OrderEventView, OrderView } from '@livefair/protocol';
import { OrderEvent } from './entities/order-event.entity';
import { Order } from './entities/order.entity';

export function toOrderEventView(e: OrderEvent): OrderEventView {
  return { from: e.fromStatus, to: e.toStatus, actor: e.actor, note: e.note, at: e.at.toISOString() };
}

/** `history` is filled for detail answers; lists pass none. */
export function toOrderView(o: Order, history: OrderEvent[] = []): OrderView {
  return {
    id: o.id,
    orderNo: o.orderNo,
    type: o.type,
    status: o.status,
    buyerId: o.buyerId,
    buyerName: o.buyerName,
    enterpriseId: o.enterpriseId,
    boothId: o.boothId,
    liveSessionId: o.liveSessionId,
    dealId: o.dealId,
    quoteId: o.quoteId,
    productId: o.productId,
    skuId: o.skuId,
    productName: o.productName,
    skuCode: o.skuCode,
    specs: o.specs,
    unit: o.unit,
    quantity: o.quantity,
    unitPriceFen: o.unitPriceFen,
    totalFen: o.totalFen,
    payBy: o.payBy ? o.payBy.toISOString() : null,
    paymentMethod: o.paymentMethod,
    paymentRef: o.paymentRef,
    carrier: o.carrier,
    trackingNo: o.trackingNo,
    cancelReason: o.cancelReason,
    shipTo: o.shipTo,
    invoice: o.invoice,
    note: o.note,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    history: [...history].sort((a, b) => a.at.getTime() - b.at.getTime()).map(toOrderEventView),
  };
}
