import { Inject, Injectable } from '@nestjs/common';
import { NotificationsService } from '@livefair/accounts';
import type { OrderableSku } from '@livefair/catalog';
import { APP_CONFIG, AppConfig, DomainError, TransactionalConnection } from '@livefair/core';
import { In } from 'typeorm';
import { Order } from '../entities/order.entity';
import { HOLDING_STATUSES } from '../order-states';
import { NewOrder, OrderWriter } from '../order-writer';
import { FlashDeal } from './entities/flash-deal.entity';
import { markerField, Reservation } from './reservation-store';

/** A reservation the store granted, waiting to become an order. */
export interface BuyItem {
  res: Reservation;
  buyerName: string;
  requestHash: string;
}

export type Decision =
  | { kind: 'confirmed'; order: Order }
  /** An order already exists under this buyer and key for the same request. */
  | { kind: 'replay'; orderId: string }
  | { kind: 'refused'; error: DomainError };

/**
 * One group-commit transaction for one deal: lock the deal's row, re-check every reservation of
 * the batch against MySQL (replays under (buyer, key), the deal's state and end, `sold + n <=
 * quantity`, each buyer's units in HOLDING_STATUSES against the limit), insert the accepted
 * orders with their first history lines and the buyers' inbox lines, add them to `sold`. MySQL
 * decides here, whatever Redis said. `onCommitting` runs as the work is done, just before COMMIT.
 */
@Injectable()
export class DealBatch {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly orders: OrderWriter,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  run(dealId: string, items: readonly BuyItem[], onCommitting: () => void): Promise<Decision[]> {
    return this.tx.run(async () => {
      const deal = await this.lockDeal(dealId);
      if (!deal) return items.map(() => refused('DEAL_NOT_FOUND', 'This flash deal does not exist'));
      const now = new Date();
      const existing = await this.existingOrders(items);
      const held = await this.holdings(
        dealId,
        items.map((i) => i.res.buyerId),
      );
      const running = deal.status === 'active' && now < deal.endsAt;
      let available = deal.quantity - deal.sold;
      const seen = new Set<string>();
      const accepted: { index: number; order: NewOrder }[] = [];
      const decisions: (Decision | null)[] = items.map((item, index) => {
        const { res } = item;
        const field = markerField(res.buyerId, res.key);
        const prior = existing.get(field);
        if (prior) {
          return prior.requestHash === item.requestHash
            ? { kind: 'replay', orderId: prior.id }
            : refused('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request; use a new key');
        }
        if (seen.has(field))
          return refused('IDEMPOTENCY_IN_PROGRESS', 'The first request with this key is still being processed');
        seen.add(field);
        if (!running) return refused('DEAL_ENDED', 'This flash deal has ended');
        if (available <= 0) return refused('DEAL_SOLD_OUT', 'This flash deal is sold out');
        if (available < res.qty) return refused('DEAL_NOT_ENOUGH_LEFT', `Only ${available} left`);
        const mine = held.get(res.buyerId) ?? 0;
        if (mine + res.qty > deal.perBuyerLimit) return limitReached(deal.perBuyerLimit, mine);
        available -= res.qty;
        held.set(res.buyerId, mine + res.qty);
        accepted.push({ index, order: this.newOrder(deal, item, now) });
        return null;
      });
      if (accepted.length) {
        const saved = await this.orders.insert(accepted.map((a) => a.order));
        accepted.forEach((a, i) => (decisions[a.index] = { kind: 'confirmed', order: saved[i] }));
        await this.notifications.notify(saved.map((o) => inboxLine(o)));
        const units = saved.reduce((n, o) => n + o.quantity, 0);
        await this.tx
          .getRepository(FlashDeal)
          .createQueryBuilder()
          .update()
          .set({ sold: () => `sold + ${units}` })
          .where('id = :dealId', { dealId })
          .execute();
      }
      onCommitting();
      return decisions as Decision[];
    });
  }

  /** The deal's row, locked until the transaction ends (the embedded engine's transactions take turns anyway). */
  lockDeal(dealId: string): Promise<FlashDeal | null> {
    const qb = this.tx.getRepository(FlashDeal).createQueryBuilder('d').where('d.id = :dealId', { dealId });
    if (this.tx.dataSource.options.type !== 'sqljs') qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** Units each buyer holds from the deal (orders in HOLDING_STATUSES). */
  async holdings(dealId: string, buyerIds?: readonly string[]): Promise<Map<string, number>> {
    const qb = this.tx
      .getRepository(Order)
      .createQueryBuilder('o')
      .select('o.buyerId', 'buyerId')
      .addSelect('SUM(o.quantity)', 'units')
      .where('o.dealId = :dealId AND o.status IN (:...held)', { dealId, held: HOLDING_STATUSES })
      .groupBy('o.buyerId');
    if (buyerIds) qb.andWhere('o.buyerId IN (:...buyerIds)', { buyerIds: [...new Set(buyerIds)] });
    const rows = await qb.getRawMany<{ buyerId: string; units: string | number }>();
    return new Map(rows.map((r) => [r.buyerId, Number(r.units)]));
  }

  private async existingOrders(items: readonly BuyItem[]): Promise<Map<string, { id: string; requestHash: string }>> {
    const rows = await this.tx.getRepository(Order).find({
      select: { id: true, buyerId: true, idempotencyKey: true, requestHash: true },
      where: {
        buyerId: In([...new Set(items.map((i) => i.res.buyerId))]),
        idempotencyKey: In([...new Set(items.map((i) => i.res.key))]),
      },
    });
    return new Map(rows.map((o) => [markerField(o.buyerId, o.idempotencyKey), o]));
  }

  private newOrder(deal: FlashDeal, item: BuyItem, now: Date): NewOrder {
    const sku: OrderableSku = {
      skuId: deal.skuId,
      productId: deal.productId,
      enterpriseId: deal.enterpriseId,
      productName: deal.productName,
      productNameEn: '',
      unit: deal.unit,
      skuCode: deal.skuCode,
      specs: deal.specs,
      retailPriceFen: deal.retailPriceFen,
      tiers: [],
      moq: 1,
      samplePriceFen: null,
      leadTimeDays: 0,
      stock: 0,
      published: true,
    };
    return {
      id: item.res.resId,
      type: 'deal',
      buyer: { id: item.res.buyerId, name: item.buyerName },
      sku,
      quantity: item.res.qty,
      unitPriceFen: deal.priceFen,
      idempotencyKey: item.res.key,
      requestHash: item.requestHash,
      boothId: deal.boothId,
      liveSessionId: deal.sessionId,
      dealId: deal.id,
      payBy: new Date(now.getTime() + this.config.deals.payMs),
      actor: 'buyer',
    };
  }
}

function refused(code: ConstructorParameters<typeof DomainError>[0], message: string): Decision {
  return { kind: 'refused', error: new DomainError(code, message) };
}

export function limitReached(limit: number, held: number): Decision {
  const more = Math.max(0, limit - held);
  return refused(
    'DEAL_LIMIT_REACHED',
    more
      ? `Each buyer may hold ${limit} of this deal; you may add ${more} more`
      : `Each buyer may hold ${limit} of this deal; you have them`,
  );
}

const CHINA_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

function inboxLine(o: Order) {
  const yuan = (o.totalFen / 100).toFixed(2);
  return {
    userId: o.buyerId,
    kind: 'deal-order',
    title: `抢购成功：${o.productName}`,
    body: `${o.quantity} ${o.unit}，合计 ¥${yuan}。请在 ${CHINA_TIME.format(o.payBy!)}（北京时间）前付款，转账备注订单号 ${o.orderNo}；逾期未付订单自动失效。`,
  };
}
