import type { NotifyUserPayload } from '@livefair/accounts';
import type { OrderStatus } from '@livefair/protocol';
import type { Order } from '../entities/order.entity';
import { yuanText } from '../money';

/** Who hears about an order: its buyer and its seller's staff. */
export interface OrderParties {
  buyerId: string;
  staffIds: readonly string[];
}

type Side = 'buyer' | 'seller';
type Line = { title: string; body: string };

const line = (o: Order) => `${o.productName} × ${o.quantity}${o.unit}，合计 ¥${yuanText(o.totalFen)}`;

/** Lines for a new order (deal and quote orders start confirmed: the buyer pays at once). */
function placedTexts(o: Order): Partial<Record<Side, Line>> {
  const no = o.orderNo;
  const next = o.status === 'placed' ? '卖家确认后请按付款说明转账' : '请按付款说明转账';
  return {
    buyer: { title: `订单已提交：${no}`, body: `${line(o)}。${next}，附言填写订单号。` },
    seller: { title: `新订单：${no}`, body: `${o.buyerName} 下单 ${line(o)}${o.status === 'placed' ? '，请及时确认' : ''}。` },
  };
}

/** The inbox lines (Chinese first, as the inbox is) for an order that just reached `status`, per side. */
function texts(o: Order, status: OrderStatus | 'delivery-updated'): Partial<Record<Side, Line>> {
  const no = o.orderNo;
  switch (status) {
    case 'placed':
      return placedTexts(o);
    case 'confirmed':
      return {
        buyer: { title: `卖家已确认订单：${no}`, body: `${line(o)}。请转账到卖家收款账户，附言填写订单号 ${no}。` },
        seller: { title: `订单已确认：${no}`, body: `${line(o)}，等待买家转账。` },
      };
    case 'paid':
      return {
        buyer: { title: `卖家已确认收款：${no}`, body: `${line(o)}，等待发货。` },
        seller: { title: `订单已收款：${no}`, body: `${line(o)}，请安排发货。` },
      };
    case 'shipped':
      return {
        buyer: { title: `订单已发货：${no}`, body: `${o.carrier ?? ''} 运单号 ${o.trackingNo ?? ''}。收到货后请确认收货。` },
        seller: { title: `订单已发货：${no}`, body: `${o.carrier ?? ''} 运单号 ${o.trackingNo ?? ''}` },
      };
    case 'completed':
      return {
        buyer: { title: `订单已完成：${no}`, body: `感谢惠顾。如需发票，卖家将按订单中的开票信息开具。` },
        seller: { title: `买家已确认收货：${no}`, body: `${line(o)}，订单完成。` },
      };
    case 'cancelled':
      return {
        buyer: { title: `订单已取消：${no}`, body: `原因：${o.cancelReason ?? ''}` },
        seller: { title: `订单已取消：${no}`, body: `原因：${o.cancelReason ?? ''}` },
      };
    case 'expired':
      return {
        buyer: { title: `订单已过期：${no}`, body: `未在付款期限内付款，订单已关闭。` },
        seller: { title: `订单已过期：${no}`, body: `买家未在付款期限内付款，订单已关闭。` },
      };
    case 'delivery-updated':
      return {
        seller: {
          title: `买家更新了收货或开票信息：${no}`,
          body: `${o.buyerName} 修改了订单 ${no} 的收货地址、发票信息或备注。`,
        },
      };
  }
}

/**
 * Inbox lines for an order step: everyone involved except the user who took the step (the
 * buyer placing an order still gets its confirmation line). `kind` is `order.<status>`.
 */
export function orderNotices(
  o: Order,
  step: OrderStatus | 'delivery-updated',
  parties: OrderParties,
  actorId: string | null,
  placement = false,
): NotifyUserPayload[] {
  const t = placement ? placedTexts(o) : texts(o, step);
  const out: NotifyUserPayload[] = [];
  const kind = placement ? 'order.placed' : `order.${step}`;
  const buyerLink = `/my/orders/${o.id}`;
  const sellerLink = `/my/sales?order=${o.id}`;
  if (t.buyer && (placement || parties.buyerId !== actorId))
    out.push({ userId: parties.buyerId, kind, ...t.buyer, link: buyerLink });
  if (t.seller)
    for (const id of parties.staffIds) if (id !== actorId) out.push({ userId: id, kind, ...t.seller, link: sellerLink });
  return out;
}
