import { Inject, Injectable, Logger } from '@nestjs/common';
import { CatalogService } from '@livefair/catalog';
import { DomainError, isUniqueViolation, OnDomainEvent, Principal, TransactionalConnection } from '@livefair/core';
import type { DomainEvents } from '@livefair/core';
import { LiveSessionService } from '@livefair/live';
import {
  DEAL_MAX_ACTIVE_PER_SESSION,
  type DealListResult,
  type FlashDealEndReason,
  type FlashDealView,
} from '@livefair/protocol';
import { DealBatch } from './deal-batch';
import { DealDirectory } from './deal-directory';
import { countersOf } from './deal-reconciler';
import { DealSignals } from './deal-signals';
import { toFlashDealView } from './deal-views';
import { StartDealDto } from './dto/deal.dto';
import { FlashDeal } from './entities/flash-deal.entity';
import { RESERVATION_STORE, ReservationStore } from './reservation-store';
import { orUnavailable } from './unavailable';

/** Deals one session may run in all (started, including ended ones): bounds what one exhibitor can create. */
export const DEAL_MAX_PER_SESSION = 200;

/**
 * Starting, stopping, ending and listing flash deals. A deal's units are taken from the SKU's
 * stock in the transaction that creates it; at its end (time, stop, session end) the unsold rest
 * goes back in the transaction that marks it ended, conditional on it still being active: once.
 */
@Injectable()
export class DealService {
  private readonly logger = new Logger('FlashDeals');

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly sessions: LiveSessionService,
    private readonly catalog: CatalogService,
    private readonly batch: DealBatch,
    private readonly directory: DealDirectory,
    private readonly signals: DealSignals,
    @Inject(RESERVATION_STORE) private readonly store: ReservationStore,
  ) {}

  async start(principal: Principal | null, sessionId: string, dto: StartDealDto): Promise<FlashDealView> {
    const session = await this.sessions.getForStaff(principal, sessionId);
    if (session.status !== 'live')
      throw new DomainError('DEAL_SESSION_NOT_LIVE', 'Flash deals run only while the session is live');
    if (dto.perBuyerLimit > dto.quantity)
      throw new DomainError('VALIDATION_FAILED', 'perBuyerLimit must not be above quantity', [
        { field: 'perBuyerLimit', problems: ['perBuyerLimit must not be above quantity'] },
      ]);
    let deal: FlashDeal | null = null;
    for (let attempt = 1; !deal; attempt++) {
      try {
        deal = await orUnavailable(() => this.create(principal!, session, dto));
      } catch (err) {
        // Another start took the same slot at the same moment: look again once.
        if (!isUniqueViolation(err) || attempt > 1) throw err;
      }
    }
    this.directory.remember(deal);
    this.directory.forgetSession(sessionId);
    await this.store.load(deal.id, countersOf(deal), new Map(), [], true).catch((err: unknown) => {
      this.logger.warn({ err }, `could not load deal ${deal.id} into the store; the first buy will`);
    });
    const view = toFlashDealView(deal, deal.quantity);
    this.signals.started(view);
    this.logger.log(
      `deal ${deal.id} started in session ${sessionId}: ${deal.quantity} x ${deal.productName} at ${deal.priceFen} fen`,
    );
    return view;
  }

  private create(
    principal: Principal,
    session: { id: string; boothId: string; enterpriseId: string },
    dto: StartDealDto,
  ): Promise<FlashDeal> {
    return this.tx.run(async () => {
      const sku = await this.catalog.orderableSku(dto.skuId);
      if (!sku) throw DomainError.notFound('SKU_NOT_FOUND', 'SKU', dto.skuId);
      if (sku.enterpriseId !== session.enterpriseId)
        throw new DomainError('NOT_OWNER', "This SKU is not in your enterprise's catalog");
      if (!sku.published) throw new DomainError('PRODUCT_NOT_ORDERABLE', 'Publish the product before running a deal on it');
      if (dto.priceFen > sku.retailPriceFen)
        throw new DomainError('DEAL_PRICE_INVALID', `A deal price may not be above the retail price (${sku.retailPriceFen} fen)`);
      const deals = this.tx.getRepository(FlashDeal);
      if ((await deals.count({ where: { sessionId: session.id } })) >= DEAL_MAX_PER_SESSION)
        throw new DomainError('DEAL_SESSION_LIMIT', `A session may run at most ${DEAL_MAX_PER_SESSION} deals`);
      const taken = new Set(
        (await deals.find({ select: { activeSlot: true }, where: { sessionId: session.id, status: 'active' } })).map(
          (d) => d.activeSlot,
        ),
      );
      const slot = [...Array(DEAL_MAX_ACTIVE_PER_SESSION).keys()].map((i) => i + 1).find((s) => !taken.has(s));
      if (!slot)
        throw new DomainError(
          'DEAL_SESSION_LIMIT',
          `At most ${DEAL_MAX_ACTIVE_PER_SESSION} deals run at once in a session; stop one first`,
        );
      if (!(await this.catalog.takeStock(sku.skuId, dto.quantity)))
        throw new DomainError('DEAL_STOCK_SHORT', `The SKU has only ${sku.stock} in stock`);
      const now = new Date();
      const deal = Object.assign(new FlashDeal(), {
        id: crypto.randomUUID(),
        sessionId: session.id,
        boothId: session.boothId,
        enterpriseId: session.enterpriseId,
        skuId: sku.skuId,
        productId: sku.productId,
        productName: sku.productName.slice(0, 200),
        skuCode: sku.skuCode,
        specs: sku.specs,
        unit: sku.unit,
        retailPriceFen: sku.retailPriceFen,
        priceFen: dto.priceFen,
        quantity: dto.quantity,
        sold: 0,
        perBuyerLimit: dto.perBuyerLimit,
        startsAt: now,
        endsAt: new Date(now.getTime() + dto.durationSeconds * 1000),
        status: 'active' as const,
        endReason: null,
        endedAt: null,
        returnedToSku: 0,
        activeSlot: slot,
        createdBy: principal.userId,
        createdAt: now,
      });
      await deals.insert(deal);
      return deal;
    });
  }

  /** Booth staff end a deal early (the rest goes back to the SKU). */
  async stop(principal: Principal | null, dealId: string, inSession?: string): Promise<FlashDealView> {
    const deal = await orUnavailable(() => this.directory.get(dealId));
    if (inSession && deal.sessionId !== inSession)
      throw DomainError.notFound('DEAL_NOT_FOUND', 'Flash deal in this session', dealId);
    await this.sessions.getForStaff(principal, deal.sessionId);
    return toFlashDealView(await this.finish(dealId, 'stopped'), 0);
  }

  /**
   * Ends a deal if it still runs: returns its unsold rest to the SKU and marks it ended in one
   * transaction under its row lock (a second call finds it ended and changes nothing).
   */
  async finish(dealId: string, reason: FlashDealEndReason): Promise<FlashDeal> {
    const { deal, ended } = await orUnavailable(() =>
      this.tx.run(async () => {
        const row = await this.batch.lockDeal(dealId);
        if (!row) throw DomainError.notFound('DEAL_NOT_FOUND', 'Flash deal', dealId);
        if (row.status !== 'active') return { deal: row, ended: false };
        const rest = row.quantity - row.sold;
        if (rest > 0) await this.catalog.returnStock(row.skuId, rest);
        const change = {
          status: 'ended' as const,
          endReason: reason,
          endedAt: new Date(),
          activeSlot: null,
          returnedToSku: row.returnedToSku + Math.max(0, rest),
        };
        await this.tx.getRepository(FlashDeal).update({ id: dealId, status: 'active' }, change);
        return { deal: Object.assign(row, change), ended: true };
      }),
    );
    if (ended) {
      this.directory.remember(deal);
      this.directory.forgetSession(deal.sessionId);
      await this.store
        .end(dealId)
        .catch((err: unknown) => this.logger.warn({ err }, `could not mark deal ${dealId} ended in the store`));
      this.signals.ended(dealId, deal.sessionId, reason, deal.sold);
      this.logger.log(`deal ${dealId} ended (${reason}): ${deal.sold} sold, ${deal.quantity - deal.sold} back to the SKU`);
    }
    return deal;
  }

  /** The session's running deals for a viewer (`yourQuantity` for a logged-in one). */
  async list(sessionId: string, principal: Principal | null): Promise<DealListResult> {
    const deals = await orUnavailable(() => this.directory.activeOf(sessionId));
    const ids = deals.map((d) => d.id);
    const states = await this.store.state(ids).catch(() => ids.map(() => null));
    const yours = principal
      ? await Promise.all(ids.map((id) => this.store.buyerQuantity(id, principal.userId).catch(() => null)))
      : ids.map(() => null);
    const now = new Date();
    return {
      deals: deals.map((d, i) => toFlashDealView(d, states[i]?.remaining ?? null, yours[i], now)),
      serverTime: now.toISOString(),
    };
  }

  /** One deal, read from MySQL (any status). */
  async view(dealId: string): Promise<FlashDealView> {
    const deal = await orUnavailable(() => this.tx.getRepository(FlashDeal).findOne({ where: { id: dealId } }));
    if (!deal) throw DomainError.notFound('DEAL_NOT_FOUND', 'Flash deal', dealId);
    const [state] = await this.store.state([dealId]).catch(() => [null]);
    return toFlashDealView(deal, state?.remaining ?? null);
  }

  /** Ids of the deals running now (sweeps). */
  async activeDeals(): Promise<FlashDeal[]> {
    return this.tx.getRepository(FlashDeal).find({ where: { status: 'active' } });
  }

  /** When a live session ends, so do its deals. */
  @OnDomainEvent('live.session-status-changed')
  async onSessionStatus(e: DomainEvents['live.session-status-changed']): Promise<void> {
    if (e.status !== 'ended') return;
    const running = await this.tx
      .getRepository(FlashDeal)
      .find({ select: { id: true }, where: { sessionId: e.sessionId, status: 'active' } });
    for (const { id } of running) await this.finish(id, 'session-ended');
  }
}
