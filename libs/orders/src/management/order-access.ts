import { DomainError, Principal } from '@livefair/core';
import type { OrderActor } from '@livefair/protocol';
import type { Order } from '../entities/order.entity';

/** A buyer sees only its own orders, an exhibitor only its enterprise's; anyone else gets a 403. */
export function sideOf(principal: Principal, order: Pick<Order, 'buyerId' | 'enterpriseId'>): Exclude<OrderActor, 'system'> {
  if (principal.role === 'buyer') {
    if (order.buyerId !== principal.userId) throw new DomainError('NOT_OWNER', 'This order belongs to another buyer');
    return 'buyer';
  }
  if (principal.role === 'exhibitor') {
    if (!principal.enterpriseId || order.enterpriseId !== principal.enterpriseId)
      throw new DomainError('NOT_OWNER', "This order belongs to another enterprise's booth");
    return 'exhibitor';
  }
  throw new DomainError('FORBIDDEN_ROLE', "Orders are seen by their buyer and the seller's staff");
}

/** The caller must act as `side` on this order (the buyer's own steps, the seller's steps). */
export function requireSide(
  principal: Principal,
  order: Pick<Order, 'buyerId' | 'enterpriseId'>,
  side: 'buyer' | 'exhibitor',
): void {
  if (sideOf(principal, order) !== side)
    throw new DomainError(
      'ORDER_ACTION_FORBIDDEN',
      side === 'buyer' ? 'Only the buyer may do this' : "Only the seller's staff may do this",
    );
}
