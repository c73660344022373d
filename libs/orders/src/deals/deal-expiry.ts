import { Inject, Injectable, Logger } from '@nestjs/common';
import { NotificationsService } from '@livefair/accounts';
import { CatalogService } from '@livefair/catalog';
import { EventBus, insertRows, TransactionalConnection } from '@livefair/core';
import { In, LessThan } from 'typeorm';
import { OrderEvent } from '../entities/order-event.entity';
import { Order } from '../entities/order.entity';
import { transition } from '../order-states';
import { DealBatch } from './deal-batch';
import { DealSignals } from './deal-signals';
import { FlashDeal } from './entities/flash-deal.entity';
import { RESERVATION_STORE, ReservationStore, StockState } from './reservation-store';

/** Orders expired per sweep step. */
const EXPIRE_BATCH = 500;

/**
 * Unpaid deal orders expire at their payBy: per deal, one transaction under the deal's row lock
 * moves them confirmed -> expired (the state machine's system-only `expire`), writes their
 * history lines and the buyers' inbox lines, and takes their units off `sold`. While the deal runs
 * the units go back to its counters (the room sees the stock come back at once); after its end they
 * go back to the SKU (`returnedToSku`).
 */
@Injectable()
export class DealExpiry {
  private readonly logger = new Logger('DealExpiry');

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly batch: DealBatch,
    private readonly catalog: CatalogService,
    private readonly notifications: NotificationsService,
    private readonly events: EventBus,
    private readonly signals: DealSignals,
    @Inject(RESERVATION_STORE) private readonly store: ReservationStore,
  ) {}

  /** Expires every deal order past its payBy (in steps of EXPIRE_BATCH); returns how many. */
  async expireDue(now = new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const due = await this.tx.getRepository(Order).find({
        select: { id: true, dealId: true },
        where: { type: 'deal', status: 'confirmed', payBy: LessThan(now) },
        order: { payBy: 'ASC' },
        take: EXPIRE_BATCH,
      });
      const byDeal = new Map<string, string[]>();
      for (const o of due) if (o.dealId) byDeal.set(o.dealId, [...(byDeal.get(o.dealId) ?? []), o.id]);
      for (const [dealId, ids] of byDeal) total += await this.expireIn(dealId, ids, now);
      if (due.length < EXPIRE_BATCH) return total;
    }
  }

  private async expireIn(dealId: string, ids: string[], now: Date): Promise<number> {
    const done = await this.tx.run(async (): Promise<{ rows: Order[]; deal: FlashDeal; state: StockState | null } | null> => {
      const deal = await this.batch.lockDeal(dealId);
      if (!deal) return null;
      let state: StockState | null = null;
      const qb = this.tx
        .getRepository(Order)
        .createQueryBuilder('o')
        .where('o.id IN (:...ids) AND o.status = :confirmed', { ids, confirmed: 'confirmed' });
      if (this.tx.dataSource.options.type !== 'sqljs') qb.setLock('pessimistic_write');
      const rows = (await qb.getMany()).filter(
        (o) => o.payBy && o.payBy < now && transition(o.type, o.status, 'expire', 'system').ok,
      );
      if (!rows.length) return null;
      await this.tx
        .getRepository(Order)
        .update({ id: In(rows.map((o) => o.id)), status: 'confirmed' }, { status: 'expired', updatedAt: now });
      await insertRows(
        this.tx.manager,
        OrderEvent,
        rows.map((o) =>
          Object.assign(new OrderEvent(), {
            id: crypto.randomUUID(),
            orderId: o.id,
            fromStatus: 'confirmed' as const,
            toStatus: 'expired' as const,
            actor: 'system' as const,
            actorId: null,
            note: 'unpaid by the deadline',
            at: now,
          }),
        ),
      );
      const units = rows.reduce((n, o) => n + o.quantity, 0);
      const after = { sold: deal.sold - units, returnedToSku: deal.returnedToSku };
      if (deal.status === 'ended') {
        await this.catalog.returnStock(deal.skuId, units);
        after.returnedToSku += units;
      } else {
        // Under the row lock, so a rebuild or reconciliation sees this and the counters together.
        state = await this.store.giveBack(
          dealId,
          rows.map((o) => ({ buyerId: o.buyerId, qty: o.quantity })),
        );
      }
      await this.tx.getRepository(FlashDeal).update({ id: dealId }, after);
      await this.notifications.notify(
        rows.map((o) => ({
          userId: o.buyerId,
          kind: 'deal-order-expired',
          title: `订单已失效：${o.productName}`,
          body: `抢购订单 ${o.orderNo} 未在付款期限内付款，已自动失效，商品已退回库存。`,
          link: `/my/orders/${o.id}`,
        })),
      );
      for (const o of rows) {
        this.events.publish('orders.order-status-changed', {
          orderId: o.id,
          type: o.type,
          buyerId: o.buyerId,
          enterpriseId: o.enterpriseId,
          from: 'confirmed',
          to: 'expired',
          actor: 'system',
        });
      }
      return { rows, deal, state };
    });
    if (!done) return 0;
    const where = done.deal.status === 'ended' ? 'SKU' : 'deal';
    this.logger.log(`${done.rows.length} unpaid orders of deal ${dealId} expired; their units went back to the ${where}`);
    this.signals.stock(dealId, done.deal.sessionId, done.state);
    return done.rows.length;
  }
}
