import type { DealBuyResult, FlashDealView } from '@livefair/protocol';
import { Order } from '../entities/order.entity';
import { FlashDeal } from './entities/flash-deal.entity';

/**
 * A deal as clients see it. `remaining` comes from the reservation store while the deal runs
 * (null there: quantity - sold from MySQL); 0 once it ended.
 */
export function toFlashDealView(
  d: FlashDeal,
  remaining: number | null,
  yourQuantity: number | null = null,
  now = new Date(),
): FlashDealView {
  const left = d.status === 'active' ? Math.max(0, remaining ?? d.quantity - d.sold) : 0;
  return {
    id: d.id,
    sessionId: d.sessionId,
    boothId: d.boothId,
    enterpriseId: d.enterpriseId,
    productId: d.productId,
    skuId: d.skuId,
    productName: d.productName,
    skuCode: d.skuCode,
    specs: d.specs,
    unit: d.unit,
    retailPriceFen: d.retailPriceFen,
    priceFen: d.priceFen,
    quantity: d.quantity,
    remaining: left,
    soldOut: left === 0,
    perBuyerLimit: d.perBuyerLimit,
    startsAt: d.startsAt.toISOString(),
    endsAt: d.endsAt.toISOString(),
    status: d.status,
    endReason: d.endReason,
    endedAt: d.endedAt ? d.endedAt.toISOString() : null,
    yourQuantity,
    serverTime: now.toISOString(),
  };
}

export function toDealBuyResult(o: Order, replayed: boolean): DealBuyResult {
  return {
    orderId: o.id,
    orderNo: o.orderNo,
    dealId: o.dealId!,
    quantity: o.quantity,
    unitPriceFen: o.unitPriceFen,
    totalFen: o.totalFen,
    payBy: (o.payBy ?? o.createdAt).toISOString(),
    replayed,
  };
}
