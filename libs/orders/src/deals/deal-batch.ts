import { Inject, Injectable } from '@nestjs/common';
import { NotificationsService } from '@livefair/accounts';
import type { OrderableSku } from '@livefair/catalog';
import { APP_CONFIG, AppConfig, DomainError, insertRows, TransactionalConnection } from '@livefair/core';
import { In } from 'typeorm';
import { OrderEvent } from '../entities/order-event.entity';
import { Order } from '../entities/order.entity';
import { HOLDING_STATUSES } from '../order-states';
import { buildOrder, NewOrder, OrderWriter } from '../order-writer';
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
 * One group-commit transaction for one deal's batch of reservations. MySQL decides here, whatever
 * Redis said, in three steps so that the deal's row lock is held only briefly:
 * 1. against what is committed now (READ COMMITTED): replays under (buyer, key), key reuse, the
 *    deal's state and end, `sold + n <= quantity`, and the limit within the batch: a filter that
 *    spares writing what cannot succeed (holdings are read in step 3 only);
 * 2. the candidates' orders, first history lines and inbox lines are inserted (multi-row) while
 *    other processes' batches of the same deal write theirs;
 * 3. under the deal's row lock (SELECT ... FOR UPDATE) the same checks again against everything
 *    committed by then (every batch's step 3 holds that lock, so each sees all earlier ones);
 *    candidates that no longer fit are deleted again, `sold` grows by the rest, COMMIT.
 * `onCommitting` runs as the work is done, just before COMMIT; `onCommitted` right after it.
 */
@Injectable()
export class DealBatch {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly orders: OrderWriter,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `onCommitted` gets the decisions right after COMMIT, before the after-commit work (analytics) runs. */
  run(
    dealId: string,
    items: readonly BuyItem[],
    onCommitting: () => void,
    onCommitted?: (decisions: Decision[]) => void,
  ): Promise<Decision[]> {
    let decided: Decision[] = [];
    return this.tx.run(
      async () => {
        const first = await this.tx.getRepository(FlashDeal).findOne({ where: { id: dealId } });
        if (!first) return items.map(() => refused('DEAL_NOT_FOUND', 'This flash deal does not exist'));
        const decisions: (Decision | null)[] = items.map(() => null);
        const candidates = await this.filter(first, items, decisions);
        if (candidates.length) {
          const now = new Date();
          const built = candidates.map((i) => buildOrder(this.newOrder(first, items[i], now), now));
          await insertRows(
            this.tx.manager,
            Order,
            built.map((b) => b.order),
          );
          await insertRows(
            this.tx.manager,
            OrderEvent,
            built.map((b) => b.event),
          );
          const lines = await this.notifications.notify(built.map((b) => inboxLine(b.order)));
          const deal = await this.lockDeal(dealId);
          const kept = await this.settle(deal!, candidates, built, items, decisions);
          const dropped = built.map((b, n) => ({ id: b.order.id, line: lines[n] })).filter((_, n) => !kept.includes(n));
          if (dropped.length) await this.drop(dropped);
          const accepted = kept.map((n) => built[n].order);
          if (accepted.length) {
            const units = accepted.reduce((sum, o) => sum + o.quantity, 0);
            await this.tx
              .getRepository(FlashDeal)
              .createQueryBuilder()
              .update()
              .set({ sold: () => `sold + ${units}` })
              .where('id = :dealId', { dealId })
              .execute();
            this.orders.announce(accepted);
          }
        }
        onCommitting();
        decided = decisions as Decision[];
        return decided;
      },
      { isolation: 'READ COMMITTED', committed: onCommitted && (() => onCommitted(decided)) },
    );
  }

  /** Step 1: decides what cannot succeed against what is committed now; returns the indexes still in the running. */
  private async filter(deal: FlashDeal, items: readonly BuyItem[], decisions: (Decision | null)[]): Promise<number[]> {
    const existing = await this.existingOrders(items);
    // Each buyer's holdings are read once, under the lock (step 3): Redis already checked the
    // limits, so reading them here too (a second grouped query per batch) would rarely filter
    // anything; a candidate over its limit is written and deleted again in step 3.
    const held = new Map<string, number>();
    const seen = new Set<string>();
    const check = this.checker(deal, held);
    const out: number[] = [];
    items.forEach((item, i) => {
      const field = markerField(item.res.buyerId, item.res.key);
      const prior = existing.get(field);
      if (prior) {
        decisions[i] =
          prior.requestHash === item.requestHash
            ? { kind: 'replay', orderId: prior.id }
            : refused('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request; use a new key');
        return;
      }
      if (seen.has(field)) {
        decisions[i] = refused('IDEMPOTENCY_IN_PROGRESS', 'The first request with this key is still being processed');
        return;
      }
      seen.add(field);
      const no = check(item.res.buyerId, item.res.qty);
      if (no) decisions[i] = no;
      else out.push(i);
    });
    return out;
  }

  /** Step 3, under the row lock: the candidates that still fit stay (their decision: confirmed); returns their positions. */
  private async settle(
    deal: FlashDeal,
    candidates: number[],
    built: { order: Order }[],
    items: readonly BuyItem[],
    decisions: (Decision | null)[],
  ): Promise<number[]> {
    const mine = new Map<string, number>();
    for (const i of candidates) mine.set(items[i].res.buyerId, (mine.get(items[i].res.buyerId) ?? 0) + items[i].res.qty);
    // Committed + this transaction's own rows; take ours out again.
    const held = await this.holdings(deal.id, [...mine.keys()]);
    for (const [buyer, n] of mine) held.set(buyer, (held.get(buyer) ?? 0) - n);
    const check = this.checker(deal, held);
    const kept: number[] = [];
    candidates.forEach((i, n) => {
      const no = check(items[i].res.buyerId, items[i].res.qty);
      decisions[i] = no ?? { kind: 'confirmed', order: built[n].order };
      if (!no) kept.push(n);
    });
    return kept;
  }

  /** Checks buys in order against the deal's state, its units left and each buyer's holdings (`held`, updated as buys pass). */
  private checker(deal: FlashDeal, held: Map<string, number>): (buyerId: string, qty: number) => Decision | null {
    const running = deal.status === 'active' && Date.now() < deal.endsAt.getTime();
    let available = deal.quantity - deal.sold;
    return (buyerId, qty) => {
      if (!running) return refused('DEAL_ENDED', 'This flash deal has ended');
      if (available <= 0) return refused('DEAL_SOLD_OUT', 'This flash deal is sold out');
      if (available < qty) return refused('DEAL_NOT_ENOUGH_LEFT', `Only ${available} left`);
      const h = held.get(buyerId) ?? 0;
      if (h + qty > deal.perBuyerLimit) return limitReached(deal.perBuyerLimit, h);
      available -= qty;
      held.set(buyerId, h + qty);
      return null;
    };
  }

  /** Candidates that did not fit after all: their rows go again, in this transaction. */
  private async drop(rows: { id: string; line: string }[]): Promise<void> {
    const ids = rows.map((r) => r.id);
    await this.tx.getRepository(OrderEvent).delete({ orderId: In(ids) });
    await this.tx.getRepository(Order).delete({ id: In(ids) });
    await this.notifications.retract(rows.map((r) => r.line));
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

  /**
   * Orders already under the batch's (buyer, key) pairs. On MySQL one row-constructor IN over the
   * unique (buyerId, idempotencyKey) index: `buyerId IN (...) AND idempotencyKey IN (...)` makes
   * the range optimizer build the cross product of both lists (500 x 500 ranges for a full
   * batch, ~5x the time). SQLite (embedded, one process, small batches) keeps the two lists.
   */
  private async existingOrders(items: readonly BuyItem[]): Promise<Map<string, { id: string; requestHash: string }>> {
    const repo = this.tx.getRepository(Order);
    const select = { id: true, buyerId: true, idempotencyKey: true, requestHash: true } as const;
    let rows: Pick<Order, 'id' | 'buyerId' | 'idempotencyKey' | 'requestHash'>[];
    if (this.tx.dataSource.options.type === 'sqljs') {
      rows = await repo.find({
        select,
        where: {
          buyerId: In([...new Set(items.map((i) => i.res.buyerId))]),
          idempotencyKey: In([...new Set(items.map((i) => i.res.key))]),
        },
      });
    } else {
      const pairs = new Map(items.map((i) => [markerField(i.res.buyerId, i.res.key), i.res]));
      const params: Record<string, string> = {};
      const tuples: string[] = [];
      let n = 0;
      for (const r of pairs.values()) {
        params[`b${n}`] = r.buyerId;
        params[`k${n}`] = r.key;
        tuples.push(`(:b${n}, :k${n})`);
        n++;
      }
      rows = await repo
        .createQueryBuilder('o')
        .select(['o.id', 'o.buyerId', 'o.idempotencyKey', 'o.requestHash'])
        .where(`(o.buyerId, o.idempotencyKey) IN (${tuples.join(', ')})`, params)
        .getMany();
    }
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
