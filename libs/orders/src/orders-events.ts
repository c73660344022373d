import type { OrderActor, OrderStatus, OrderType } from '@livefair/protocol';

/** An order was committed (any type; deal orders too, once per order). */
export interface OrderPlaced {
  orderId: string;
  type: OrderType;
  buyerId: string;
  enterpriseId: string;
  liveSessionId: string | null;
  dealId: string | null;
  quantity: number;
  totalFen: number;
}

/** An order moved from one status to another (committed). */
export interface OrderStatusChanged {
  orderId: string;
  type: OrderType;
  buyerId: string;
  enterpriseId: string;
  from: OrderStatus;
  to: OrderStatus;
  actor: OrderActor;
}

/** A quote was offered in an RFQ thread (committed). */
export interface QuoteOffered {
  rfqId: string;
  quoteId: string;
  buyerId: string;
  enterpriseId: string;
  unitPriceFen: number;
  quantity: number;
}

/** The buyer accepted (an order was made) or declined a quote (committed). */
export interface QuoteDecided {
  rfqId: string;
  quoteId: string;
  buyerId: string;
  enterpriseId: string;
  decision: 'accepted' | 'declined';
  orderId: string | null;
  orderNo: string | null;
  totalFen: number | null;
}

interface OrdersEvents {
  'orders.order-placed': OrderPlaced;
  'orders.order-status-changed': OrderStatusChanged;
  'orders.quote-offered': QuoteOffered;
  'orders.quote-decided': QuoteDecided;
}

declare module '@livefair/core' {
  interface DomainEvents extends OrdersEvents {}
}
