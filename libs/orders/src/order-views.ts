import type {
  InvoiceRequestView,
  OrderActor,
  OrderDetailView,
  OrderEventView,
  OrderStatus,
  OrderView,
  ShipToView,
} from '@livefair/protocol';
import { OrderEvent } from './entities/order-event.entity';
import { Order } from './entities/order.entity';
import { allowedActions } from './order-states';

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

/** A detail answer for one caller: the history, and what that caller may do now. */
export function toOrderDetailView(o: Order, history: OrderEvent[], actor: OrderActor | null): OrderDetailView {
  return {
    ...toOrderView(o, history),
    actions: actor ? allowedActions(o.type, o.status, actor).filter((a) => a !== 'expire') : [],
    deliveryEditable: actor === 'buyer' && DELIVERY_EDITABLE.includes(o.status),
  };
}

/** Statuses in which the buyer may still change the address, invoice details and note. */
export const DELIVERY_EDITABLE: readonly OrderStatus[] = ['placed', 'confirmed', 'paid'];

/**
 * The answer the order's creating request got, rebuilt from the row: as placed (first status,
 * no payment or shipping yet, the delivery details the request carried), so a replay with the
 * same Idempotency-Key returns the same body however the order moved on since.
 */
export function asPlacedView(
  o: Order,
  placed: { status: OrderStatus; actor: OrderActor; at: Date },
  request: { shipTo: ShipToView | null; invoice: InvoiceRequestView | null; note: string },
): OrderView {
  const first = Object.assign(new Order(), o, {
    status: placed.status,
    paymentRef: null,
    carrier: null,
    trackingNo: null,
    cancelReason: null,
    shipTo: request.shipTo,
    invoice: request.invoice,
    note: request.note,
    updatedAt: o.createdAt,
  });
  const event = Object.assign(new OrderEvent(), {
    fromStatus: null,
    toStatus: placed.status,
    actor: placed.actor,
    note: '',
    at: placed.at,
  });
  return toOrderView(first, [event]);
}
