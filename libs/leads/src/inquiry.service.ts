import { Inject, Injectable } from '@nestjs/common';
import { CatalogService } from '@livefair/catalog';
import {
  APP_CONFIG,
  AppConfig,
  DomainError,
  EventBus,
  isUniqueViolation,
  KeyedQueue,
  Principal,
  TransactionalConnection,
} from '@livefair/core';
import { BoothService } from '@livefair/expo';
import { assertSameRequest, requestHash, requireIdempotencyKey } from '@livefair/orders';
import type { BuyerLeadView } from '@livefair/protocol';
import { MoreThan } from 'typeorm';
import { CreateInquiryDto } from './dto/create-inquiry.dto';
import { LeadEvent } from './entities/lead-event.entity';
import { Lead } from './entities/lead.entity';
import { LeadNotifier } from './lead-notifier';
import { toBuyerLeadView } from './lead-views';
import { DAY_MS, takeUserTurn } from './user-turn';

export interface Inquired {
  view: BuyerLeadView;
  replayed: boolean;
}

/**
 * A buyer's inquiry at a booth. One per (buyer, Idempotency-Key): a replay gets the first
 * answer; a buyer's inquiries take turns (in this process by a keyed queue, across processes by
 * their lock row), and the unique (buyerId, idempotencyKey) index answers a race as a replay.
 * Checked before anything is written: the booth exists, the product is a published one of the
 * booth's enterprise, the contact has a phone or an email; bounded per buyer per day, overall
 * and per booth.
 */
@Injectable()
export class InquiryService {
  private readonly perBuyer = new KeyedQueue<string>();

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly booths: BoothService,
    private readonly catalog: CatalogService,
    private readonly notifier: LeadNotifier,
    private readonly events: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(buyer: Principal, rawKey: unknown, dto: CreateInquiryDto): Promise<Inquired> {
    const key = requireIdempotencyKey(rawKey);
    const hash = requestHash('leads.inquire', dto);
    const earlier = await this.replay(buyer.userId, key, hash);
    if (earlier) return earlier;
    if (!dto.contact.phone && !dto.contact.email)
      throw new DomainError('LEAD_CONTACT_REQUIRED', 'Give a phone number or an email address (or both) to be reached at');
    const booth = await this.booths.detail(dto.boothId); // 404 BOOTH_NOT_FOUND
    let product: { id: string; name: string; unit: string } | null = null;
    if (dto.productId) {
      const found = await this.catalog.find(dto.productId);
      if (!found || found.enterpriseId !== booth.enterprise.id)
        throw new DomainError('LEAD_PRODUCT_NOT_IN_BOOTH', "This product is not in this booth's published catalog");
      product = found;
    }
    return this.perBuyer.run(buyer.userId, async () => {
      const first = await this.replay(buyer.userId, key, hash);
      if (first) return first;
      try {
        const lead = await this.tx.run(async () => {
          const now = new Date();
          await takeUserTurn(this.tx, buyer.userId, now);
          await this.assertBounds(buyer.userId, booth.id, now);
          const repo = this.tx.getRepository(Lead);
          const row = repo.create({
            status: 'new',
            boothId: booth.id,
            boothCode: booth.code.slice(0, 32),
            enterpriseId: booth.enterprise.id,
            enterpriseName: booth.enterprise.name.slice(0, 128),
            expoId: booth.expoId ?? null,
            buyerId: buyer.userId,
            buyerName: buyer.displayName.slice(0, 64),
            productId: product?.id ?? null,
            productName: product ? product.name.slice(0, 200) : null,
            quantity: dto.quantity ?? null,
            unit: dto.quantity === undefined ? null : (dto.unit ?? product?.unit ?? '件'),
            message: dto.message,
            contactName: dto.contact.name,
            contactCompany: dto.contact.company ?? '',
            contactPhone: dto.contact.phone || null,
            contactEmail: dto.contact.email || null,
            idempotencyKey: key,
            requestHash: hash,
            rfqId: null,
            lostReason: null,
            noteCount: 0,
            createdAt: now,
            updatedAt: now,
          });
          await repo.insert(row);
          await this.tx.getRepository(LeadEvent).insert(
            this.tx.getRepository(LeadEvent).create({
              leadId: row.id,
              fromStatus: null,
              toStatus: 'new',
              actorId: buyer.userId,
              actorName: row.buyerName,
              reason: null,
              at: now,
            }),
          );
          await this.notifier.created(row);
          this.events.publish('leads.inquiry-created', {
            leadId: row.id,
            boothId: row.boothId,
            enterpriseId: row.enterpriseId,
            expoId: row.expoId,
            buyerId: row.buyerId,
            productId: row.productId,
            quantity: row.quantity,
            at: now.toISOString(),
          });
          return row;
        });
        return { view: toBuyerLeadView(lead), replayed: false };
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        const other = await this.replay(buyer.userId, key, hash);
        if (other) return other;
        throw new DomainError('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is being processed; retry shortly');
      }
    });
  }

  private async replay(buyerId: string, key: string, hash: string): Promise<Inquired | null> {
    const lead = await this.tx.getRepository(Lead).findOne({ where: { buyerId, idempotencyKey: key } });
    if (!lead) return null;
    assertSameRequest(lead, hash);
    return { view: toBuyerLeadView(lead), replayed: true };
  }

  private async assertBounds(buyerId: string, boothId: string, now: Date): Promise<void> {
    const since = MoreThan(new Date(now.getTime() - DAY_MS));
    const repo = this.tx.getRepository(Lead);
    const { maxPerBuyerPerDay, maxPerBoothPerDay } = this.config.leads;
    if ((await repo.count({ where: { buyerId, createdAt: since } })) >= maxPerBuyerPerDay)
      throw new DomainError('RATE_LIMITED', `At most ${maxPerBuyerPerDay} booth inquiries a day; try again tomorrow`);
    if ((await repo.count({ where: { buyerId, boothId, createdAt: since } })) >= maxPerBoothPerDay)
      throw new DomainError(
        'RATE_LIMITED',
        `At most ${maxPerBoothPerDay} inquiries a day at one booth; the exhibitor already has yours`,
      );
  }
}
