import { Injectable } from '@nestjs/common';
import { DomainError, Principal, TransactionalConnection } from '@livefair/core';
import type { OrderDetailView, OrderPage } from '@livefair/protocol';
import { SelectQueryBuilder } from 'typeorm';
import { OrderListQuery, SellerOrderListQuery } from '../dto/order-query.dto';
import { OrderEvent } from '../entities/order-event.entity';
import { Order } from '../entities/order.entity';
import { toOrderDetailView, toOrderView } from '../order-views';
import { allowedActions } from '../order-states';
import { sideOf } from './order-access';

/** Most orders one CSV export carries; past it the seller narrows the filters (EXPORT_TOO_LARGE). */
export const EXPORT_MAX_ROWS = 20_000;

/** `%text%` for LIKE, with the pattern characters of the text escaped by `!` (portable: no backslash rules). */
const containing = (text: string) => `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** Reading orders: one order for its buyer or seller, the buyer's list, the seller's list and export. */
@Injectable()
export class OrderQueries {
  constructor(private readonly tx: TransactionalConnection) {}

  /** One order with its history and the caller's actions: 404 when missing, 403 NOT_OWNER when not the caller's. */
  async detail(principal: Principal, id: string): Promise<OrderDetailView> {
    const order = await this.tx.getRepository(Order).findOne({ where: { id } });
    if (!order) throw DomainError.notFound('ORDER_NOT_FOUND', 'Order', id);
    const side = sideOf(principal, order);
    return toOrderDetailView(order, await this.history(id), side);
  }

  history(orderId: string): Promise<OrderEvent[]> {
    return this.tx.getRepository(OrderEvent).find({ where: { orderId }, order: { at: 'ASC' } });
  }

  async ofBuyer(principal: Principal, q: OrderListQuery): Promise<OrderPage> {
    return this.page(this.filtered(q).andWhere('o.buyerId = :buyerId', { buyerId: principal.userId }), q, 'buyer');
  }

  async ofSeller(principal: Principal, q: SellerOrderListQuery): Promise<OrderPage> {
    return this.page(this.sellerQuery(principal, q), q, 'exhibitor');
  }

  /** Every order the filters match, newest first, for the CSV export (at most EXPORT_MAX_ROWS). */
  async forExport(principal: Principal, q: SellerOrderListQuery): Promise<Order[]> {
    const query = this.sellerQuery(principal, q);
    const total = await query.getCount();
    if (total > EXPORT_MAX_ROWS)
      throw new DomainError(
        'EXPORT_TOO_LARGE',
        `${total} orders match; an export carries at most ${EXPORT_MAX_ROWS}. Narrow the dates or filters`,
      );
    const rows: Order[] = [];
    for (let skip = 0; skip < total; skip += 1000) rows.push(...(await query.clone().skip(skip).take(1000).getMany()));
    return rows;
  }

  private sellerQuery(principal: Principal, q: SellerOrderListQuery): SelectQueryBuilder<Order> {
    if (principal.role !== 'exhibitor' || !principal.enterpriseId)
      throw new DomainError('FORBIDDEN_ROLE', "Only an enterprise's exhibitor staff see its orders");
    const query = this.filtered(q).andWhere('o.enterpriseId = :enterpriseId', { enterpriseId: principal.enterpriseId });
    if (q.buyerId) query.andWhere('o.buyerId = :filterBuyer', { filterBuyer: q.buyerId });
    return query;
  }

  private filtered(q: OrderListQuery): SelectQueryBuilder<Order> {
    const query = this.tx.getRepository(Order).createQueryBuilder('o').orderBy('o.createdAt', 'DESC').addOrderBy('o.id', 'DESC');
    if (q.status?.length) query.andWhere('o.status IN (:...statuses)', { statuses: q.status });
    if (q.type?.length) query.andWhere('o.type IN (:...types)', { types: q.type });
    if (q.from) query.andWhere('o.createdAt >= :from', { from: this.dateParam(new Date(q.from)) });
    if (q.to) query.andWhere('o.createdAt < :to', { to: this.dateParam(new Date(q.to)) });
    if (q.q)
      query.andWhere("(o.orderNo LIKE :q ESCAPE '!' OR o.productName LIKE :q ESCAPE '!' OR o.buyerName LIKE :q ESCAPE '!')", {
        q: containing(q.q),
      });
    return query;
  }

  private async page(query: SelectQueryBuilder<Order>, q: OrderListQuery, side: 'buyer' | 'exhibitor'): Promise<OrderPage> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [rows, total] = await query
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const items = rows.map((o) => ({
      ...toOrderView(o),
      actions: allowedActions(o.type, o.status, side).filter((a) => a !== 'expire'),
    }));
    return { items, total, page, pageSize };
  }

  /** A time as the engine stores it: mysql2 takes a Date (UTC); the embedded engine compares its `YYYY-MM-DD HH:MM:SS.SSS` text. */
  private dateParam(d: Date): Date | string {
    return this.tx.dataSource.options.type === 'sqljs' ? d.toISOString().replace('T', ' ').replace('Z', '') : d;
  }
}
