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

interface OrdersEvents {
  'orders.order-placed': OrderPlaced;
  'orders.order-status-changed': OrderStatusChanged;
}

declare module '@livefair/core' {
  interface DomainEvents extends OrdersEvents {}
}
