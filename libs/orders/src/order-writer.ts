import { Injectable } from '@nestjs/common';
import { EventBus, insertRows, TransactionalConnection } from '@livefair/core';
import type { InvoiceRequestView, OrderActor, OrderType, ShipToView } from '@livefair/protocol';
import type { OrderableSku } from '@livefair/catalog';
import { OrderEvent } from './entities/order-event.entity';
import { Order } from './entities/order.entity';
import { lineTotalFen } from './money';
import { newOrderNo } from './order-number';
import { initialStatus } from './order-states';

/** Everything an order is made of, priced by the caller (placement, quotes, deals). */
export interface NewOrder {
  id?: string;
  type: OrderType;
  buyer: { id: string; name: string };
  sku: OrderableSku;
  quantity: number;
  unitPriceFen: number;
  idempotencyKey: string;
  requestHash: string;
  boothId?: string | null;
  liveSessionId?: string | null;
  dealId?: string | null;
  quoteId?: string | null;
  payBy?: Date | null;
  shipTo?: ShipToView | null;
  invoice?: InvoiceRequestView | null;
  note?: string;
  /** Who placed it, for the first history line. */
  actor?: OrderActor;
}

/** Builds an order row and its first history line (not saved). */
export function buildOrder(n: NewOrder, now = new Date()): { order: Order; event: OrderEvent } {
  const order = Object.assign(new Order(), {
    id: n.id,
    orderNo: newOrderNo(now),
    type: n.type,
    status: initialStatus(n.type),
    buyerId: n.buyer.id,
    buyerName: n.buyer.name.slice(0, 64),
    enterpriseId: n.sku.enterpriseId,
    boothId: n.boothId ?? null,
    liveSessionId: n.liveSessionId ?? null,
    dealId: n.dealId ?? null,
    quoteId: n.quoteId ?? null,
    productId: n.sku.productId,
    skuId: n.sku.skuId,
    productName: n.sku.productName.slice(0, 200),
    skuCode: n.sku.skuCode,
    specs: n.sku.specs,
    unit: n.sku.unit,
    quantity: n.quantity,
    unitPriceFen: n.unitPriceFen,
    totalFen: lineTotalFen(n.unitPriceFen, n.quantity),
    idempotencyKey: n.idempotencyKey,
    requestHash: n.requestHash,
    payBy: n.payBy ?? null,
    paymentMethod: 'bank_transfer',
    paymentRef: null,
    carrier: null,
    trackingNo: null,
    cancelReason: null,
    shipTo: n.shipTo ?? null,
    invoice: n.invoice ?? null,
    note: n.note ?? '',
    createdAt: now,
    updatedAt: now,
  });
  if (!order.id) order.id = crypto.randomUUID();
  const event = Object.assign(new OrderEvent(), {
    id: crypto.randomUUID(),
    orderId: order.id,
    fromStatus: null,
    toStatus: order.status,
    actor: n.actor ?? 'buyer',
    actorId: n.actor === 'system' ? null : n.buyer.id,
    note: '',
    at: now,
  });
  return { order, event };
}

/**
 * Inserts orders and their first history lines in the caller's transaction (one multi-row
 * INSERT each) and publishes `orders.order-placed` for each after commit. The caller has
 * checked stock, limits and idempotency inside the same transaction.
 */
@Injectable()
export class OrderWriter {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly events: EventBus,
  ) {}

  async insert(orders: readonly NewOrder[]): Promise<Order[]> {
    if (orders.length === 0) return [];
    return this.tx.run(async () => {
      const now = new Date();
      const built = orders.map((n) => buildOrder(n, now));
      // Multi-row INSERTs of the complete rows (Repository.insert would read every row back).
      await insertRows(
        this.tx.manager,
        Order,
        built.map((b) => b.order),
      );
      await insertRows(
        this.tx.manager,
        OrderEvent,
        built.map((b) => b.event),
      );
      this.announce(built.map((b) => b.order));
      return built.map((b) => b.order);
    });
  }

  /**
   * Publishes `orders.order-placed` for orders inserted in the current transaction (after its
   * commit), all in one delivery: a flash deal's batch of hundreds reaches a batch subscriber
   * (analytics) as one call.
   */
  announce(orders: readonly Order[]): void {
    this.events.publishAll(
      'orders.order-placed',
      orders.map((o) => ({
        orderId: o.id,
        type: o.type,
        buyerId: o.buyerId,
        enterpriseId: o.enterpriseId,
        liveSessionId: o.liveSessionId,
        dealId: o.dealId,
        quantity: o.quantity,
        totalFen: o.totalFen,
      })),
    );
  }
}
