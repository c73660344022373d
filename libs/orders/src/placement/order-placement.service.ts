import { forwardRef, Inject, Injectable } from '@nestjs/common';
import { NotificationsService, AccountsService } from '@livefair/accounts';
import { CatalogService } from '@livefair/catalog';
import {
  APP_CONFIG,
  AppConfig,
  DomainError,
  isUniqueViolation,
  KeyedQueue,
  Principal,
  TransactionalConnection,
} from '@livefair/core';
import { BoothService } from '@livefair/expo';
import { LiveSessionService } from '@livefair/live';
import type { InvoiceRequestView, OrderView, ShipToView } from '@livefair/protocol';
import { In } from 'typeorm';
import { invoiceOf, shipToOf } from '../dto/delivery.dto';
import { PlaceOrderDto } from '../dto/place-order.dto';
import { OrderEvent } from '../entities/order-event.entity';
import { Order } from '../entities/order.entity';
import { assertSameRequest, requestHash, requireIdempotencyKey } from '../idempotency';
import { orderNotices } from '../management/order-notices';
import { asPlacedView } from '../order-views';
import { OrderWriter } from '../order-writer';
import { OrderRateLimit } from './order-rate-limit';
import { unitPriceOrThrow } from './pricing';

/** The answer to an order-creating request: the first answer again when `replayed`. */
export interface Placed {
  view: OrderView;
  replayed: boolean;
}

/** Open orders count against ORDERS_MAX_OPEN_PER_BUYER: placed or confirmed, not yet paid. */
const OPEN: Order['status'][] = ['placed', 'confirmed'];

interface Origin {
  boothId: string | null;
  liveSessionId: string | null;
  /** The enterprise the booth or session belongs to: the SKU must be its. */
  enterpriseId: string | null;
}

/**
 * Retail, bulk and sample orders from a booth or a live room's pinned product. One per
 * (buyer, Idempotency-Key): a replay gets the first answer; a buyer's placements run one at a
 * time in this process, and the unique (buyerId, idempotencyKey) index stops a duplicate
 * another process placed at the same moment (answered as a replay).
 */
@Injectable()
export class OrderPlacement {
  private readonly perBuyer = new KeyedQueue<string>();

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly writer: OrderWriter,
    private readonly catalog: CatalogService,
    private readonly booths: BoothService,
    // forwardRef: libs/live may import this lib too (flash deals in the room), so either barrel can load first.
    @Inject(forwardRef(() => LiveSessionService)) private readonly sessions: LiveSessionService,
    private readonly accounts: AccountsService,
    private readonly notifications: NotificationsService,
    private readonly rate: OrderRateLimit,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async place(buyer: Principal, rawKey: unknown, dto: PlaceOrderDto): Promise<Placed> {
    const key = requireIdempotencyKey(rawKey);
    const hash = requestHash('orders.place', dto);
    const details = {
      shipTo: dto.shipTo ? shipToOf(dto.shipTo) : null,
      invoice: dto.invoice ? invoiceOf(dto.invoice) : null,
      note: dto.note ?? '',
    };
    const earlier = await this.replay(buyer.userId, key, hash, details);
    if (earlier) return earlier;
    return this.perBuyer.run(buyer.userId, async () => {
      const first = await this.replay(buyer.userId, key, hash, details);
      if (first) return first;
      await this.rate.take(buyer.userId);
      const origin = await this.origin(dto);
      try {
        return { view: await this.insert(buyer, key, hash, dto, details, origin), replayed: false };
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        // Another process committed this key first: its answer is ours.
        const other = await this.replay(buyer.userId, key, hash, details);
        if (other) return other;
        throw new DomainError('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is being processed; retry shortly');
      }
    });
  }

  /** The first answer for this (buyer, key), or null when the key is new. */
  private async replay(
    buyerId: string,
    key: string,
    hash: string,
    details: { shipTo: ShipToView | null; invoice: InvoiceRequestView | null; note: string },
  ): Promise<Placed | null> {
    const order = await this.tx.getRepository(Order).findOne({ where: { buyerId, idempotencyKey: key } });
    if (!order) return null;
    assertSameRequest(order, hash);
    const placed = await this.tx.getRepository(OrderEvent).findOne({ where: { orderId: order.id }, order: { at: 'ASC' } });
    const first = {
      status: placed?.toStatus ?? order.status,
      actor: placed?.actor ?? 'buyer',
      at: placed?.at ?? order.createdAt,
    };
    return { view: asPlacedView(order, first, details), replayed: true };
  }

  /** Where the order comes from: a live session (its booth follows) or a booth; checked before the transaction. */
  private async origin(dto: PlaceOrderDto): Promise<Origin> {
    if (dto.liveSessionId) {
      const session = await this.sessions.view(dto.liveSessionId);
      if (dto.boothId && dto.boothId !== session.boothId)
        throw new DomainError('PRODUCT_NOT_ORDERABLE', 'This live session belongs to another booth');
      return { boothId: session.boothId, liveSessionId: session.id, enterpriseId: session.enterpriseId };
    }
    if (dto.boothId) {
      const enterpriseId = await this.booths.enterpriseOf(dto.boothId);
      if (!enterpriseId) throw DomainError.notFound('BOOTH_NOT_FOUND', 'Booth', dto.boothId);
      return { boothId: dto.boothId, liveSessionId: null, enterpriseId };
    }
    return { boothId: null, liveSessionId: null, enterpriseId: null };
  }

  private insert(
    buyer: Principal,
    key: string,
    hash: string,
    dto: PlaceOrderDto,
    details: { shipTo: ShipToView | null; invoice: InvoiceRequestView | null; note: string },
    origin: Origin,
  ): Promise<OrderView> {
    return this.tx.run(async () => {
      const max = this.config.orders.maxOpenPerBuyer;
      const open = await this.tx.getRepository(Order).count({ where: { buyerId: buyer.userId, status: In(OPEN) } });
      if (open >= max)
        throw new DomainError(
          'OPEN_ORDERS_LIMIT',
          `You have ${open} orders waiting for confirmation or payment (at most ${max}); pay or cancel one first`,
        );
      const sku = await this.catalog.orderableSku(dto.skuId);
      if (!sku) throw DomainError.notFound('SKU_NOT_FOUND', 'SKU', dto.skuId);
      if (!sku.published || (origin.enterpriseId && origin.enterpriseId !== sku.enterpriseId))
        throw new DomainError(
          'PRODUCT_NOT_ORDERABLE',
          origin.enterpriseId ? "This product is not in this booth's catalog" : 'This product is not on sale',
        );
      const unitPriceFen = unitPriceOrThrow(sku, dto.type, dto.quantity);
      if (dto.type === 'retail' && !(await this.catalog.takeStock(sku.skuId, dto.quantity)))
        throw new DomainError('OUT_OF_STOCK', `Fewer than ${dto.quantity} ${sku.unit} are in stock`);
      const [order] = await this.writer.insert([
        {
          type: dto.type,
          buyer: { id: buyer.userId, name: buyer.displayName },
          sku,
          quantity: dto.quantity,
          unitPriceFen,
          idempotencyKey: key,
          requestHash: hash,
          boothId: origin.boothId,
          liveSessionId: origin.liveSessionId,
          ...details,
        },
      ]);
      const staffIds = await this.accounts.staffIdsOf(order.enterpriseId);
      await this.notifications.notify(orderNotices(order, order.status, { buyerId: buyer.userId, staffIds }, buyer.userId, true));
      return asPlacedView(order, { status: order.status, actor: 'buyer', at: order.createdAt }, details);
    });
  }
}
