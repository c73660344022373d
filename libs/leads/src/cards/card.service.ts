import { Inject, Injectable } from '@nestjs/common';
import { NotificationsService, AccountsService } from '@livefair/accounts';
import { APP_CONFIG, AppConfig, DomainError, isUniqueViolation, Principal, TransactionalConnection } from '@livefair/core';
import { BoothService } from '@livefair/expo';
import type { BusinessCardView, CardExchangeView } from '@livefair/protocol';
import { In, MoreThan } from 'typeorm';
import { BusinessCardDto } from '../dto/card.dto';
import { BusinessCard } from '../entities/business-card.entity';
import { CardExchange } from '../entities/card-exchange.entity';
import { Lead } from '../entities/lead.entity';
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
 * Business cards: each user keeps one. A buyer asks a booth's staff to swap, any staff member
 * of the booth's enterprise accepts (their card and the buyer's become visible to the other
 * side) or declines; or a staff member offers their card to a buyer who left the enterprise a
 * lead, and the buyer accepts or declines. One exchange per (buyer, booth); requests bounded per
 * buyer per day, offers per staff member per day.
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
    // The booth's staff offered first and the buyer asks now: that is the buyer's yes.
    if (existing?.initiatedBy === 'staff' && existing.status === 'pending') return this.decide(buyer, existing.id, true);
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
          initiatedBy: 'buyer',
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

  /**
   * A staff member offers their card to the buyer of one of the enterprise's leads, for the lead's
   * booth. Offering again returns the same exchange; an exchange the buyer asked for and nobody
   * answered yet is accepted by the offer (both sides wanted it).
   */
  async offer(staff: Principal, leadId: string): Promise<CardExchangeView> {
    const lead = await this.tx.getRepository(Lead).findOne({ where: { id: leadId } });
    if (!lead) throw DomainError.notFound('LEAD_NOT_FOUND', 'Lead', leadId);
    if (staff.role !== 'exhibitor' || staff.enterpriseId !== lead.enterpriseId)
      throw new DomainError('NOT_OWNER', "Only the staff of the lead's enterprise offer cards to its buyer");
    await this.ownCardOrThrow(staff.userId);
    const existing = await this.tx
      .getRepository(CardExchange)
      .findOne({ where: { buyerId: lead.buyerId, boothId: lead.boothId } });
    if (existing?.initiatedBy === 'buyer' && existing.status === 'pending') return this.decide(staff, existing.id, true);
    if (existing) return this.settledOffer(existing);
    try {
      const row = await this.tx.run(async () => {
        const now = new Date();
        await takeUserTurn(this.tx, staff.userId, now);
        const repo = this.tx.getRepository(CardExchange);
        const max = this.config.leads.cardRequestsPerDay;
        const since = new Date(now.getTime() - DAY_MS);
        if ((await repo.count({ where: { staffId: staff.userId, initiatedBy: 'staff', createdAt: MoreThan(since) } })) >= max)
          throw new DomainError('RATE_LIMITED', `At most ${max} card offers a day`);
        const created = repo.create({
          status: 'pending',
          initiatedBy: 'staff',
          buyerId: lead.buyerId,
          buyerName: lead.buyerName,
          boothId: lead.boothId,
          boothCode: lead.boothCode,
          enterpriseId: lead.enterpriseId,
          enterpriseName: lead.enterpriseName,
          staffId: staff.userId,
          createdAt: now,
          decidedAt: null,
        });
        await repo.insert(created);
        await this.notifications.notify([
          {
            userId: lead.buyerId,
            kind: 'card.offered',
            title: `${lead.enterpriseName} 想与您交换名片`,
            body: `展位 ${lead.boothCode}：在「我的名片」中接受或拒绝。`,
          },
        ]);
        return created;
      });
      return this.view(row);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const other = await this.tx
        .getRepository(CardExchange)
        .findOne({ where: { buyerId: lead.buyerId, boothId: lead.boothId } });
      if (!other) throw err;
      return this.settledOffer(other);
    }
  }

  /** Accept or decline: a request by the booth's staff, an offer by its buyer. */
  async decide(user: Principal, id: string, accept: boolean): Promise<CardExchangeView> {
    const found = await this.tx.getRepository(CardExchange).findOne({ where: { id } });
    if (!found) throw DomainError.notFound('CARD_EXCHANGE_NOT_FOUND', 'Card exchange', id);
    return found.initiatedBy === 'staff' ? this.answerOffer(user, found, accept) : this.answerRequest(user, id, accept);
  }

  private async answerOffer(buyer: Principal, found: CardExchange, accept: boolean): Promise<CardExchangeView> {
    if (buyer.userId !== found.buyerId) throw new DomainError('NOT_OWNER', 'Only the buyer it was offered to answers this offer');
    if (accept) await this.ownCardOrThrow(buyer.userId);
    const now = new Date();
    const status = accept ? 'accepted' : 'declined';
    await this.tx.run(async () => {
      const res = await this.tx
        .getRepository(CardExchange)
        .update({ id: found.id, status: 'pending' }, { status, decidedAt: now });
      if (!res.affected) throw new DomainError('CARD_EXCHANGE_DECIDED', 'This offer was already answered');
      await this.notifications.notify([
        {
          userId: found.staffId as string,
          kind: accept ? 'card.accepted' : 'card.declined',
          title: accept ? `${found.buyerName} 已与您交换名片` : `${found.buyerName} 暂未接受名片交换`,
          body: `展位 ${found.boothCode}`,
        },
      ]);
    });
    return this.view(Object.assign(found, { status, decidedAt: now }));
  }

  private async answerRequest(staff: Principal, id: string, accept: boolean): Promise<CardExchangeView> {
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

  private async settledOffer(existing: CardExchange): Promise<CardExchangeView> {
    if (existing.status === 'declined')
      throw new DomainError('CARD_EXCHANGE_DECLINED', 'This buyer declined to swap cards with this booth');
    return this.view(existing);
  }

  private async settled(existing: CardExchange): Promise<CardExchangeView> {
    if (existing.status === 'declined')
      throw new DomainError(
        'CARD_EXCHANGE_DECLINED',
        existing.initiatedBy === 'staff'
          ? "You declined this booth's card offer"
          : "This booth's staff declined to swap cards with you",
      );
    return this.view(existing);
  }

  private async ownCardOrThrow(userId: string): Promise<void> {
    if (!(await this.tx.getRepository(BusinessCard).findOne({ where: { userId } })))
      throw new DomainError('CARD_REQUIRED', 'Save your own business card first (PUT /api/my/card)');
  }

  private async view(row: CardExchange): Promise<CardExchangeView> {
    return (await this.views([row]))[0];
  }

  /**
   * Cards show only on accepted exchanges: the buyer's and the staff member's. An offer names
   * the offering member (their card's name) before it is answered.
   */
  private async views(rows: CardExchange[]): Promise<CardExchangeView[]> {
    const ids = rows
      .filter((r) => r.status === 'accepted' || r.initiatedBy === 'staff')
      .flatMap((r) => [r.buyerId, r.staffId as string]);
    const cards = ids.length ? await this.tx.getRepository(BusinessCard).find({ where: { userId: In([...new Set(ids)]) } }) : [];
    const byUser = new Map(cards.map((c) => [c.userId, toCardView(c)]));
    return rows.map((r) => {
      const shown = r.status === 'accepted';
      return {
        id: r.id,
        status: r.status,
        initiatedBy: r.initiatedBy,
        boothId: r.boothId,
        boothCode: r.boothCode,
        enterpriseId: r.enterpriseId,
        enterpriseName: r.enterpriseName,
        buyerId: r.buyerId,
        buyerName: r.buyerName,
        staffId: r.staffId,
        staffName: r.initiatedBy === 'staff' && r.staffId ? (byUser.get(r.staffId)?.name ?? null) : null,
        buyerCard: shown ? (byUser.get(r.buyerId) ?? null) : null,
        staffCard: shown && r.staffId ? (byUser.get(r.staffId) ?? null) : null,
        createdAt: r.createdAt.toISOString(),
        decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
      };
    });
  }
}
