import { Injectable } from '@nestjs/common';
import { AccountsService, NotificationsService } from '@livefair/accounts';
import { DomainError, Principal, TransactionalConnection } from '@livefair/core';
import type { OrderAction, OrderDetailView } from '@livefair/protocol';
import { In } from 'typeorm';
import { invoiceOf, shipToOf } from '../dto/delivery.dto';
import { CancelOrderDto, ConfirmOrderDto, MarkPaidDto, ShipOrderDto } from '../dto/order-actions.dto';
import { UpdateDeliveryDto } from '../dto/update-delivery.dto';
import { Order } from '../entities/order.entity';
import { DELIVERY_EDITABLE, toOrderDetailView } from '../order-views';
import { requireSide, sideOf } from './order-access';
import { orderNotices } from './order-notices';
import { OrderQueries } from './order-query.service';
import { OrderTransitions, StepFields } from './order-transitions.service';

/** The steps buyers and sellers take on an order over HTTP, each answered with the order as it now is. */
@Injectable()
export class OrderActions {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly transitions: OrderTransitions,
    private readonly queries: OrderQueries,
    private readonly accounts: AccountsService,
    private readonly notifications: NotificationsService,
  ) {}

  confirm(principal: Principal, id: string, dto: ConfirmOrderDto): Promise<OrderDetailView> {
    return this.step(principal, id, 'confirm', 'exhibitor', {}, dto.note);
  }

  pay(principal: Principal, id: string, dto: MarkPaidDto): Promise<OrderDetailView> {
    return this.step(principal, id, 'pay', 'exhibitor', { paymentRef: dto.paymentRef ?? null }, dto.paymentRef ?? '');
  }

  ship(principal: Principal, id: string, dto: ShipOrderDto): Promise<OrderDetailView> {
    return this.step(
      principal,
      id,
      'ship',
      'exhibitor',
      { carrier: dto.carrier, trackingNo: dto.trackingNo },
      `${dto.carrier} ${dto.trackingNo}`,
      (o) => {
        if (!o.shipTo) throw new DomainError('SHIP_TO_REQUIRED', 'The buyer has not given a delivery address yet');
      },
    );
  }

  /** The buyer or the seller cancels (before payment), with a reason both see. */
  cancel(principal: Principal, id: string, dto: CancelOrderDto): Promise<OrderDetailView> {
    const side = principal.role === 'buyer' ? 'buyer' : 'exhibitor';
    return this.step(principal, id, 'cancel', side, { cancelReason: dto.reason }, dto.reason);
  }

  /** The buyer confirms receipt. */
  complete(principal: Principal, id: string): Promise<OrderDetailView> {
    return this.step(principal, id, 'complete', 'buyer', {});
  }

  /** The buyer fills in or changes the address, invoice details or note until the order ships. */
  async updateDelivery(principal: Principal, id: string, dto: UpdateDeliveryDto): Promise<OrderDetailView> {
    if (dto.shipTo === undefined && dto.invoice === undefined && dto.note === undefined)
      throw new DomainError('VALIDATION_FAILED', 'Send shipTo, invoice or note');
    await this.tx.run(async () => {
      const orders = this.tx.getRepository(Order);
      const order = await orders.findOne({ where: { id } });
      if (!order) throw DomainError.notFound('ORDER_NOT_FOUND', 'Order', id);
      requireSide(principal, order, 'buyer');
      const set: Partial<Order> = { updatedAt: new Date() };
      if (dto.shipTo) set.shipTo = shipToOf(dto.shipTo);
      if (dto.invoice !== undefined) set.invoice = dto.invoice ? invoiceOf(dto.invoice) : null;
      if (dto.note !== undefined) set.note = dto.note;
      // Conditional on a status before shipping, so a shipment at the same moment wins cleanly.
      const res = await orders.update({ id, status: In([...DELIVERY_EDITABLE]) }, set);
      if ((res.affected ?? 0) !== 1)
        throw new DomainError(
          'ORDER_NOT_EDITABLE',
          `A ${order.status} order's delivery and invoice details can no longer change`,
        );
      Object.assign(order, set);
      const staffIds = await this.accounts.staffIdsOf(order.enterpriseId);
      await this.notifications.notify(
        orderNotices(order, 'delivery-updated', { buyerId: order.buyerId, staffIds }, principal.userId),
      );
    });
    return this.queries.detail(principal, id);
  }

  private async step(
    principal: Principal,
    id: string,
    action: OrderAction,
    side: 'buyer' | 'exhibitor',
    set: StepFields,
    note?: string,
    precondition?: (o: Order) => void,
  ): Promise<OrderDetailView> {
    const order = await this.transitions.apply({
      orderId: id,
      action,
      actor: side,
      actorId: principal.userId,
      note,
      set,
      authorize: (o) => requireSide(principal, o, side),
      precondition,
    });
    return toOrderDetailView(order, await this.queries.history(id), sideOf(principal, order));
  }
}
