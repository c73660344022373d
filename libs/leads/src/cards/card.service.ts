import { Inject, Injectable } from '@nestjs/common';
import { NotificationsService, AccountsService } from '@livefair/accounts';
import { APP_CONFIG, AppConfig, DomainError, isUniqueViolation, Principal, TransactionalConnection } from '@livefair/core';
import { BoothService } from '@livefair/expo';
import type { BusinessCardView, CardExchangeView } from '@livefair/protocol';
import { In, MoreThan } from 'typeorm';
import { BusinessCardDto } from '../dto/card.dto';
import { BusinessCard } from '../entities/business-card.entity';
import { CardExchange } from '../entities/card-exchange.entity';
import { DAY_MS, takeUserTurn } from '../user-turn';

function toCardView(c: BusinessCard): BusinessCardView {
  return {
    userId: c.userId,
    name: c.name,
    title: c.title,
    company: c.company,
    phone: c.phone,
    email: c.email,
    wechat: c.wechat,
    updatedAt: c.updatedAt.toISOString(),
  };
}

/**
 * Business cards: each user keeps one; a buyer asks a booth's staff to swap, any staff member
 * of the booth's enterprise accepts (their card and the buyer's become visible to the other
 * side) or declines. One exchange per (buyer, booth); requests bounded per buyer per day.
 */
@Injectable()
export class CardService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly booths: BoothService,
    private readonly accounts: AccountsService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async mine(user: Principal): Promise<BusinessCardView | null> {
    const card = await this.tx.getRepository(BusinessCard).findOne({ where: { userId: user.userId } });
    return card ? toCardView(card) : null;
  }

  async save(user: Principal, dto: BusinessCardDto): Promise<BusinessCardView> {
    const row: BusinessCard = Object.assign(new BusinessCard(), {
      userId: user.userId,
      name: dto.name,
      title: dto.title ?? '',
      company: dto.company ?? '',
      phone: dto.phone || null,
      email: dto.email || null,
      wechat: dto.wechat || null,
      updatedAt: new Date(),
    });
    await this.tx.getRepository(BusinessCard).upsert(row, ['userId']);
    return toCardView(row);
  }

  async request(buyer: Principal, boothId: string): Promise<CardExchangeView> {
    const booth = await this.booths.detail(boothId); // 404 BOOTH_NOT_FOUND
    await this.ownCardOrThrow(buyer.userId);
    const existing = await this.tx.getRepository(CardExchange).findOne({ where: { buyerId: buyer.userId, boothId } });
    if (existing) return this.settled(existing);
    try {
      const row = await this.tx.run(async () => {
        const now = new Date();
        await takeUserTurn(this.tx, buyer.userId, now);
        const repo = this.tx.getRepository(CardExchange);
        const max = this.config.leads.cardRequestsPerDay;
        if (
          (await repo.count({ where: { buyerId: buyer.userId, createdAt: MoreThan(new Date(now.getTime() - DAY_MS)) } })) >= max
        )
          throw new DomainError('RATE_LIMITED', `At most ${max} card exchange requests a day`);
        const created = repo.create({
          status: 'pending',
          buyerId: buyer.userId,
          buyerName: buyer.displayName.slice(0, 64),
          boothId,
          boothCode: booth.code.slice(0, 32),
          enterpriseId: booth.enterprise.id,
          enterpriseName: booth.enterprise.name.slice(0, 128),
          staffId: null,
          createdAt: now,
          decidedAt: null,
        });
        await repo.insert(created);
        const staff = await this.accounts.staffIdsOf(booth.enterprise.id);
        await this.notifications.notify(
          staff.map((userId) => ({
            userId,
            kind: 'card.requested',
            title: `${created.buyerName} 想与您交换名片`,
            body: `展位 ${created.boothCode}：在「我的名片」中接受或拒绝。`,
          })),
        );
        return created;
      });
      return this.view(row);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const other = await this.tx.getRepository(CardExchange).findOne({ where: { buyerId: buyer.userId, boothId } });
      if (!other) throw err;
      return this.settled(other);
    }
  }

  async decide(staff: Principal, id: string, accept: boolean): Promise<CardExchangeView> {
    const row = await this.tx.run(async () => {
      const repo = this.tx.getRepository(CardExchange);
      const found = await repo.findOne({ where: { id } });
      if (!found) throw DomainError.notFound('CARD_EXCHANGE_NOT_FOUND', 'Card exchange', id);
      if (staff.role !== 'exhibitor' || staff.enterpriseId !== found.enterpriseId)
        throw new DomainError('NOT_OWNER', "Only the booth's staff answer this request");
      if (accept) await this.ownCardOrThrow(staff.userId);
      const now = new Date();
      const status = accept ? 'accepted' : 'declined';
      const res = await repo.update({ id, status: 'pending' }, { status, staffId: staff.userId, decidedAt: now });
      if (!res.affected) throw new DomainError('CARD_EXCHANGE_DECIDED', 'This request was already answered');
      Object.assign(found, { status, staffId: staff.userId, decidedAt: now });
      await this.notifications.notify([
        {
          userId: found.buyerId,
          kind: accept ? 'card.accepted' : 'card.declined',
          title: accept ? `${found.enterpriseName} 已与您交换名片` : `${found.enterpriseName} 暂未接受名片交换`,
          body: `展位 ${found.boothCode}`,
        },
      ]);
      return found;
    });
    return this.view(row);
  }

  /** The buyer's requests and the staff's incoming ones (whole enterprise), newest first, at most 200. */
  async exchanges(user: Principal): Promise<CardExchangeView[]> {
    const where = user.role === 'exhibitor' && user.enterpriseId ? { enterpriseId: user.enterpriseId } : { buyerId: user.userId };
    const rows = await this.tx.getRepository(CardExchange).find({ where, order: { createdAt: 'DESC', id: 'DESC' }, take: 200 });
    return this.views(rows);
  }

  private async settled(existing: CardExchange): Promise<CardExchangeView> {
    if (existing.status === 'declined')
      throw new DomainError('CARD_EXCHANGE_DECLINED', "This booth's staff declined to swap cards with you");
    return this.view(existing);
  }

  private async ownCardOrThrow(userId: string): Promise<void> {
    if (!(await this.tx.getRepository(BusinessCard).findOne({ where: { userId } })))
      throw new DomainError('CARD_REQUIRED', 'Save your own business card first (PUT /api/my/card)');
  }

  private async view(row: CardExchange): Promise<CardExchangeView> {
    return (await this.views([row]))[0];
  }

  /** Cards show only on accepted exchanges: the buyer's and the accepting staff member's. */
  private async views(rows: CardExchange[]): Promise<CardExchangeView[]> {
    const ids = rows.filter((r) => r.status === 'accepted').flatMap((r) => [r.buyerId, r.staffId as string]);
    const cards = ids.length ? await this.tx.getRepository(BusinessCard).find({ where: { userId: In([...new Set(ids)]) } }) : [];
    const byUser = new Map(cards.map((c) => [c.userId, toCardView(c)]));
    return rows.map((r) => {
      const shown = r.status === 'accepted';
      return {
        id: r.id,
        status: r.status,
        boothId: r.boothId,
        boothCode: r.boothCode,
        enterpriseId: r.enterpriseId,
        enterpriseName: r.enterpriseName,
        buyerId: r.buyerId,
        buyerName: r.buyerName,
        staffId: r.staffId,
        buyerCard: shown ? (byUser.get(r.buyerId) ?? null) : null,
        staffCard: shown && r.staffId ? (byUser.get(r.staffId) ?? null) : null,
        createdAt: r.createdAt.toISOString(),
        decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
      };
    });
  }
}
