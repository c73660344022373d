import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CatalogService } from '@livefair/catalog';
import { TransactionalConnection } from '@livefair/core';
import type { Order } from '../entities/order.entity';
import { OrderTransitions } from '../management/order-transitions.service';
import { DealBatch } from './deal-batch';
import { DealSignals } from './deal-signals';
import { FlashDeal } from './entities/flash-deal.entity';
import { RESERVATION_STORE, ReservationStore } from './reservation-store';

/**
 * A deal order cancelled by the buyer or the seller (OrderTransitions' cancel step) gives its units
 * back as an expired one does (DealExpiry): under the deal's row lock, off `sold`; to the deal's
 * counters while it runs (the room sees the stock come back), to the SKU after it ended.
 */
@Injectable()
export class DealRelease implements OnModuleInit {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly transitions: OrderTransitions,
    private readonly batch: DealBatch,
    private readonly catalog: CatalogService,
    private readonly signals: DealSignals,
    @Inject(RESERVATION_STORE) private readonly store: ReservationStore,
  ) {}

  onModuleInit(): void {
    this.transitions.onRelease('deal', (order) => this.release(order));
  }

  /** Runs inside the cancel step's transaction. */
  async release(order: Order): Promise<void> {
    if (!order.dealId) return;
    const deal = await this.batch.lockDeal(order.dealId);
    if (!deal) return;
    const after = { sold: deal.sold - order.quantity, returnedToSku: deal.returnedToSku };
    if (deal.status === 'ended') {
      await this.catalog.returnStock(deal.skuId, order.quantity);
      after.returnedToSku += order.quantity;
      await this.tx.getRepository(FlashDeal).update({ id: deal.id }, after);
      return;
    }
    const state = await this.store.giveBack(deal.id, [{ buyerId: order.buyerId, qty: order.quantity }]);
    await this.tx.getRepository(FlashDeal).update({ id: deal.id }, after);
    this.tx.afterCommit(() => this.signals.stock(deal.id, deal.sessionId, state));
  }
}
