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
 * 1. against what is committed now (READ COMMITTED): replays under (buyer, key), key reuse, and,
 *    from the caller's copy of the deal (what this process last knew of it), its state, end,
 *    units left and the limit within the batch: a filter that spares writing what cannot succeed
 *    (holdings are read in step 3 only, the deal's row too);
 * 2. the candidates' orders, first history lines and inbox lines are inserted (multi-row) while
 *    other processes' batches of the same deal write theirs;
 * 3. the deal's row is locked by the statement that takes the candidates' units
 *    (`UPDATE ... SET sold = sold + n WHERE ... AND sold + n <= quantity`, the deal running);
 *    each buyer's holdings are then read against everything committed by then (every batch's
 *    step 3 holds that lock, so each sees all earlier ones); candidates over their limit are
 *    deleted again and their units given back; COMMIT. When the units do not all fit (or the deal
 *    ended) the row is locked with SELECT ... FOR UPDATE instead and every candidate checked in
 *    turn against it. Three statements under the lock in the common case (take, holdings,
 *    COMMIT), where locking first took four; the lock is what batches queue for.
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

  /**
   * `deal`: the caller's copy (its state and `sold` may be stale: only step 3 reads the row).
   * `onCommitted` gets the decisions right after COMMIT, before the after-commit work (analytics) runs.
   */
  run(
    deal: FlashDeal,
    items: readonly BuyItem[],
    onCommitting: () => void,
    onCommitted?: (decisions: Decision[]) => void,
  ): Promise<Decision[]> {
    let decided: Decision[] = [];
    return this.tx.run(
      async () => {
        const decisions: (Decision | null)[] = items.map(() => null);
        const candidates = await this.filter(deal, items, decisions);
        if (candidates.length) {
          const now = new Date();
          const built = candidates.map((i) => buildOrder(this.newOrder(deal, items[i], now), now));
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
          const kept = await this.settle(deal, candidates, built, items, decisions);
          const dropped = built.map((b, n) => ({ id: b.order.id, line: lines[n] })).filter((_, n) => !kept.includes(n));
          if (dropped.length) await this.drop(dropped);
          const accepted = kept.map((n) => built[n].order);
          if (accepted.length) this.orders.announce(accepted);
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
    // The caller's copy may be stale: an ended deal stays ended, but `sold` may have fallen since
    // (units given back), so units are left to Redis here and to step 3.
    const check = this.checker({ ...stateOf(deal), available: Infinity }, held);
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

  /**
   * Step 3: takes the units of the candidates that still fit (`sold` grows by them, under the
   * deal's row lock until COMMIT) and decides every candidate (confirmed or refused); returns the
   * positions in `built` of those that stay.
   */
  private async settle(
    deal: FlashDeal,
    candidates: number[],
    built: { order: Order }[],
    items: readonly BuyItem[],
    decisions: (Decision | null)[],
  ): Promise<number[]> {
    const units = candidates.reduce((sum, i) => sum + items[i].res.qty, 0);
    // The embedded engine runs one transaction at a time: there is no lock to keep short.
    if (this.tx.dataSource.options.type !== 'sqljs' && (await this.take(deal.id, units))) {
      // The units fit and the deal runs: only the limits are left to check (any subset of the units fits too).
      const kept = await this.decide(
        deal.id,
        { running: true, available: units, limit: deal.perBuyerLimit },
        candidates,
        built,
        items,
        decisions,
      );
      const back = units - kept.reduce((sum, n) => sum + items[candidates[n]].res.qty, 0);
      if (back) await this.addSold(deal.id, -back);
      return kept;
    }
    const row = await this.lockDeal(deal.id);
    if (!row) {
      for (const i of candidates) decisions[i] = refused('DEAL_NOT_FOUND', 'This flash deal does not exist');
      return [];
    }
    const kept = await this.decide(row.id, stateOf(row), candidates, built, items, decisions);
    const taken = kept.reduce((sum, n) => sum + items[candidates[n]].res.qty, 0);
    if (taken) await this.addSold(row.id, taken);
    return kept;
  }

  /** `sold += units` if they all fit and the deal runs; the row stays locked until the transaction ends. */
  private async take(dealId: string, units: number): Promise<boolean> {
    const r = await this.tx
      .getRepository(FlashDeal)
      .createQueryBuilder()
      .update()
      .set({ sold: () => 'sold + :units' })
      .where("id = :dealId AND status = 'active' AND endsAt > :now AND sold + :units <= quantity", {
        dealId,
        units,
        now: new Date(),
      })
      .execute();
    return r.affected === 1;
  }

  private async addSold(dealId: string, units: number): Promise<void> {
    await this.tx
      .getRepository(FlashDeal)
      .createQueryBuilder()
      .update()
      .set({ sold: () => 'sold + :units' })
      .where('id = :dealId', { dealId, units })
      .execute();
  }

  /** Under the deal's row lock: each buyer's holdings against everything committed by then; the candidates that fit stay (confirmed). */
  private async decide(
    dealId: string,
    state: DealState,
    candidates: number[],
    built: { order: Order }[],
    items: readonly BuyItem[],
    decisions: (Decision | null)[],
  ): Promise<number[]> {
    const mine = new Map<string, number>();
    for (const i of candidates) mine.set(items[i].res.buyerId, (mine.get(items[i].res.buyerId) ?? 0) + items[i].res.qty);
    // Committed + this transaction's own rows; take ours out again.
    const held = await this.holdings(dealId, [...mine.keys()]);
    for (const [buyer, n] of mine) held.set(buyer, (held.get(buyer) ?? 0) - n);
    const check = this.checker(state, held);
    const kept: number[] = [];
    candidates.forEach((i, n) => {
      const no = check(items[i].res.buyerId, items[i].res.qty);
      decisions[i] = no ?? { kind: 'confirmed', order: built[n].order };
      if (!no) kept.push(n);
    });
    return kept;
  }

  /** Checks buys in order against the deal's state, its units left and each buyer's holdings (`held`, updated as buys pass). */
  private checker(state: DealState, held: Map<string, number>): (buyerId: string, qty: number) => Decision | null {
    let available = state.available;
    return (buyerId, qty) => {
      if (!state.running) return refused('DEAL_ENDED', 'This flash deal has ended');
      if (available <= 0) return refused('DEAL_SOLD_OUT', 'This flash deal is sold out');
      if (available < qty) return refused('DEAL_NOT_ENOUGH_LEFT', `Only ${available} left`);
      const h = held.get(buyerId) ?? 0;
      if (h + qty > state.limit) return limitReached(state.limit, h);
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

/** What the checks need of a deal: running (active, before its end), units left, the per-buyer limit. */
interface DealState {
  running: boolean;
  available: number;
  limit: number;
}

const stateOf = (d: FlashDeal): DealState => ({
  running: d.status === 'active' && Date.now() < d.endsAt.getTime(),
  available: d.quantity - d.sold,
  limit: d.perBuyerLimit,
});

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
    link: `/my/orders/${o.id}`,
  };
}
