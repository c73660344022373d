import { Injectable } from '@nestjs/common';
import { openThreadState } from './open-thread-state';
import { CatalogService } from '@livefair/catalog';
import { DomainError, Principal, TransactionalConnection } from '@livefair/core';
import { BoothService, EnterpriseService } from '@livefair/expo';
import { RFQ_LIMITS, type RfqPage, type RfqView } from '@livefair/protocol';
import { In, MoreThan } from 'typeorm';
import { CreateRfqDto } from './dto/create-rfq.dto';
import { RfqListQueryDto } from './dto/rfq-list-query.dto';
import { Quote } from './entities/quote.entity';
import { RfqBuyerLock } from './entities/rfq-buyer-lock.entity';
import { Rfq } from './entities/rfq.entity';
import { beijingTime, RfqNotifier, yuan } from './rfq-notifier';
import { containsPattern, whereRfqStatus } from './rfq-status-sql';
import { toRfqSummary, toRfqView } from './quote-views';

const DAY_MS = 86_400_000;

/** Making RFQs and listing them: the buyer's "my RFQs" and the enterprise's inbox. */
@Injectable()
export class RfqService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly catalog: CatalogService,
    private readonly booths: BoothService,
    private readonly enterprises: EnterpriseService,
    private readonly notifier: RfqNotifier,
  ) {}

  async create(buyer: Principal, dto: CreateRfqDto): Promise<RfqView> {
    const product = await this.catalog.find(dto.productId);
    if (!product) throw DomainError.notFound('PRODUCT_NOT_FOUND', 'Product', dto.productId);
    let sku: { skuId: string; skuCode: string; specs: Record<string, string> } | null = null;
    if (dto.skuId) {
      const found = await this.catalog.orderableSku(dto.skuId);
      if (!found || found.productId !== product.id) throw DomainError.notFound('SKU_NOT_FOUND', 'SKU of this product', dto.skuId);
      if (!found.published) throw new DomainError('PRODUCT_NOT_ORDERABLE', 'This SKU is not on sale');
      sku = found;
    } else if (product.skus.length === 0) {
      throw new DomainError('PRODUCT_NOT_ORDERABLE', 'This product has no SKU to quote yet');
    }
    if (dto.boothId) {
      const ofEnterprise = await this.booths.ofEnterprise(product.enterpriseId);
      if (!ofEnterprise.some((b) => b.id === dto.boothId))
        throw DomainError.notFound('BOOTH_NOT_FOUND', "Booth of the product's enterprise", dto.boothId);
    }
    const enterprise = await this.enterprises.view(product.enterpriseId);

    const rfq = await this.tx.run(async () => {
      const now = new Date();
      await this.takeBuyerTurn(buyer.userId, now);
      const repo = this.tx.getRepository(Rfq);
      const active = repo.createQueryBuilder('r').where('r.buyerId = :buyerId', { buyerId: buyer.userId });
      whereRfqStatus(active, 'active', now);
      if ((await active.getCount()) >= RFQ_LIMITS.openPerBuyer)
        throw new DomainError(
          'RFQ_OPEN_LIMIT',
          `You have ${RFQ_LIMITS.openPerBuyer} requests for quotation open; close one or wait for its answer`,
        );
      const today = await repo.count({ where: { buyerId: buyer.userId, createdAt: MoreThan(new Date(now.getTime() - DAY_MS)) } });
      if (today >= RFQ_LIMITS.createdPerBuyerPerDay)
        throw new DomainError('RATE_LIMITED', `At most ${RFQ_LIMITS.createdPerBuyerPerDay} requests for quotation a day`);
      const row = repo.create({
        status: 'open',
        buyerId: buyer.userId,
        buyerName: buyer.displayName.slice(0, 64),
        enterpriseId: product.enterpriseId,
        enterpriseName: (enterprise?.name ?? '').slice(0, 128),
        boothId: dto.boothId ?? null,
        productId: product.id,
        productName: product.name.slice(0, 200),
        unit: product.unit,
        skuId: sku?.skuId ?? null,
        skuCode: sku?.skuCode ?? null,
        specs: sku?.specs ?? null,
        quantity: dto.quantity,
        targetUnitPriceFen: dto.targetUnitPriceFen ?? null,
        deadline: new Date(dto.deadline),
        deliveryProvince: dto.deliveryProvince,
        requirements: dto.requirements ?? '',
        message: dto.message ?? '',
        ...openThreadState(now),
      });
      await repo.insert(row);
      const target = row.targetUnitPriceFen === null ? '' : `，目标价 ${yuan(row.targetUnitPriceFen)}/${row.unit}`;
      await this.notifier.tellOtherSide(
        row,
        'buyer',
        'rfq.created',
        `新询价：${row.productName}`,
        `${row.buyerName} 询价 ${row.quantity.toLocaleString('zh-CN')} ${row.unit}${target}，交货省份：${row.deliveryProvince}，请在 ${beijingTime(row.deadline)} 前报价。`,
      );
      return row;
    });
    return toRfqView(rfq, null, new Date());
  }

  listForBuyer(buyer: Principal, query: RfqListQueryDto): Promise<RfqPage> {
    return this.list({ column: 'buyerId', value: buyer.userId }, query);
  }

  listForSeller(staff: Principal, query: RfqListQueryDto): Promise<RfqPage> {
    if (!staff.enterpriseId) throw new DomainError('NOT_OWNER', 'This account belongs to no enterprise');
    return this.list({ column: 'enterpriseId', value: staff.enterpriseId }, query);
  }

  private async list(scope: { column: 'buyerId' | 'enterpriseId'; value: string }, query: RfqListQueryDto): Promise<RfqPage> {
    const now = new Date();
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const qb = this.tx.getRepository(Rfq).createQueryBuilder('r').where(`r.${scope.column} = :scope`, { scope: scope.value });
    if (query.status) whereRfqStatus(qb, query.status, now);
    if (query.q) {
      qb.andWhere(
        `(r.productName LIKE :q ESCAPE '!' OR r.skuCode LIKE :q ESCAPE '!' OR r.buyerName LIKE :q ESCAPE '!' OR r.enterpriseName LIKE :q ESCAPE '!')`,
        { q: containsPattern(query.q) },
      );
    }
    const [rows, total] = await qb
      .orderBy('r.lastActivityAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const quoteIds = rows.map((r) => r.latestQuoteId).filter((id): id is string => id !== null);
    const quotes = quoteIds.length ? await this.tx.getRepository(Quote).find({ where: { id: In(quoteIds) } }) : [];
    const byId = new Map(quotes.map((q) => [q.id, q]));
    return {
      items: rows.map((r) => toRfqSummary(r, r.latestQuoteId ? (byId.get(r.latestQuoteId) ?? null) : null, now)),
      total,
      page,
      pageSize,
    };
  }

  /** The buyer's turn to create: an upsert of their lock row (one statement, an exclusive row lock), so their creations take turns. */
  private async takeBuyerTurn(buyerId: string, now: Date): Promise<void> {
    await this.tx.getRepository(RfqBuyerLock).upsert({ buyerId, lockedAt: now }, ['buyerId']);
  }
}
