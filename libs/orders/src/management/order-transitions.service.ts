import { Injectable, Logger } from '@nestjs/common';
import { AccountsService, NotificationsService } from '@livefair/accounts';
import { CatalogService } from '@livefair/catalog';
import { DomainError, EventBus, TransactionalConnection } from '@livefair/core';
import type { OrderAction, OrderActor, OrderType } from '@livefair/protocol';
import { OrderEvent } from '../entities/order-event.entity';
import { Order } from '../entities/order.entity';
import { RELEASED_STATUSES, transition } from '../order-states';
import { orderNotices } from './order-notices';

/** Columns a step may set besides the status. */
export type StepFields = Partial<Pick<Order, 'paymentRef' | 'carrier' | 'trackingNo' | 'cancelReason'>>;

export interface StepRequest {
  orderId: string;
  action: OrderAction;
  actor: OrderActor;
  /** The acting user; null for the system (expiry). */
  actorId: string | null;
  /** Shown in the status history. */
  note?: string;
  set?: StepFields;
  /** Runs first on the row read in the transaction: may this caller touch this order? Throw to refuse. */
  authorize?: (order: Order) => void;
  /** Runs once the step is known to be legal: the step's own preconditions (ship needs an address). Throw to refuse. */
  precondition?: (order: Order) => void;
}

/** Gives a released (cancelled or expired) order's units back, in the transaction of the step. */
export type ReleaseUnits = (order: Order) => Promise<void>;

/**
 * The one writer of `Order.status` after placement. A step is checked by `transition()`, then
 * applied as a conditional UPDATE on the status it was read in, with its history line, the units
 * given back (cancelled or expired), the inbox lines of both sides and the status-changed event,
 * all in one transaction: an illegal or raced step changes nothing.
 */
@Injectable()
export class OrderTransitions {
  private readonly logger = new Logger('OrderTransitions');
  private readonly releases = new Map<OrderType, ReleaseUnits>();

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly events: EventBus,
    private readonly catalog: CatalogService,
    private readonly accounts: AccountsService,
    private readonly notifications: NotificationsService,
  ) {
    // Retail orders took their units from the SKU's stock; bulk, sample and quote orders took none.
    this.releases.set('retail', (o) => this.catalog.returnStock(o.skuId, o.quantity));
  }

  /**
   * How a cancelled or expired order of `type` gives its units back (flash deals register theirs:
   * to the deal while it runs, to the SKU after). Runs inside the step's transaction.
   */
  onRelease(type: OrderType, release: ReleaseUnits): void {
    this.releases.set(type, release);
  }

  async apply(step: StepRequest): Promise<Order> {
    return this.tx.run(async () => {
      const orders = this.tx.getRepository(Order);
      const order = await orders.findOne({ where: { id: step.orderId } });
      if (!order) throw DomainError.notFound('ORDER_NOT_FOUND', 'Order', step.orderId);
      step.authorize?.(order);
      const verdict = transition(order.type, order.status, step.action, step.actor);
      if (!verdict.ok) throw new DomainError(verdict.code, verdict.message);
      step.precondition?.(order);
      const from = order.status;
      const now = new Date();
      const res = await orders
        .createQueryBuilder()
        .update()
        .set({ ...step.set, status: verdict.to, updatedAt: now })
        .where('id = :id AND status = :from', { id: order.id, from })
        .execute();
      if ((res.affected ?? 0) !== 1)
        throw new DomainError('ORDER_TRANSITION_INVALID', 'The order changed meanwhile; reload it and try again');
      Object.assign(order, step.set, { status: verdict.to, updatedAt: now });
      await this.tx.getRepository(OrderEvent).insert(
        Object.assign(new OrderEvent(), {
          id: crypto.randomUUID(),
          orderId: order.id,
          fromStatus: from,
          toStatus: verdict.to,
          actor: step.actor,
          actorId: step.actorId,
          note: (step.note ?? '').slice(0, 500),
          at: now,
        }),
      );
      if (RELEASED_STATUSES.includes(verdict.to)) await this.release(order);
      const staffIds = await this.accounts.staffIdsOf(order.enterpriseId);
      await this.notifications.notify(orderNotices(order, verdict.to, { buyerId: order.buyerId, staffIds }, step.actorId));
      this.events.publish('orders.order-status-changed', {
        orderId: order.id,
        type: order.type,
        buyerId: order.buyerId,
        enterpriseId: order.enterpriseId,
        from,
        to: verdict.to,
        actor: step.actor,
      });
      return order;
    });
  }

  private async release(order: Order): Promise<void> {
    const release = this.releases.get(order.type);
    if (release) await release(order);
    else if (order.type === 'deal') this.logger.warn(`no release registered for deal orders: ${order.id}'s units stay taken`);
  }
}
