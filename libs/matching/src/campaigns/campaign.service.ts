import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, Principal, TransactionalConnection } from '@livefair/core';
import { ExpoService } from '@livefair/expo';
import { CAMPAIGN_LIMITS as C, type CampaignView } from '@livefair/protocol';
import { IsNull, Not } from 'typeorm';
import { categoryVocabulary } from '../engine/vocabulary';
import { toCampaignView } from './campaign-views';
import { CreateCampaignDto, WebhookDto } from './dto/campaign.dto';
import { Campaign } from './entities/campaign.entity';
import { MatchingTurns } from './matching-turns';
import { checkWebhookUrl } from './webhook-url';

const DAY_MS = 86_400_000;

/** An organizer's campaigns: create, list, own, and their webhook. */
@Injectable()
export class CampaignService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly expos: ExpoService,
    private readonly turns: MatchingTurns,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(organizer: Principal, dto: CreateCampaignDto): Promise<CampaignView> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (!(endsAt.getTime() > startsAt.getTime()))
      throw new DomainError('CAMPAIGN_WINDOW_INVALID', 'endsAt must be after startsAt');
    if (endsAt.getTime() - startsAt.getTime() > C.maxDays * DAY_MS)
      throw new DomainError('CAMPAIGN_WINDOW_INVALID', `A campaign runs at most ${C.maxDays} days`);
    const categories = [...new Set(dto.categoryCodes ?? [])];
    const unknown = categories.filter((c) => !categoryVocabulary.get(c));
    if (unknown.length) throw new DomainError('MATCH_UNKNOWN_CATEGORY', `Unknown category code(s): ${unknown.join(', ')}`);
    let expoId: string | null = null;
    let provinces: string[] = [];
    if (dto.scope === 'expo') {
      if (!dto.expoId || dto.provinces?.length)
        throw new DomainError('CAMPAIGN_SCOPE_INVALID', 'An expo campaign names its expoId and no provinces');
      const mine = await this.expos.listOrganizedBy(organizer.userId);
      if (!mine.some((e) => e.id === dto.expoId)) {
        throw new DomainError('NOT_OWNER', 'No expo of yours has this id');
      }
      expoId = dto.expoId;
    } else {
      if (dto.expoId || !dto.provinces?.length)
        throw new DomainError('CAMPAIGN_SCOPE_INVALID', 'A region campaign names 1 or more provinces and no expoId');
      provinces = dto.provinces;
    }
    return this.tx.run(async () => {
      await this.turns.take(`organizer:${organizer.userId}`);
      const repo = this.tx.getRepository(Campaign);
      if ((await repo.count({ where: { organizerId: organizer.userId } })) >= C.maxPerOrganizer)
        throw new DomainError('CAMPAIGN_LIMIT', `An organizer has at most ${C.maxPerOrganizer} campaigns`);
      const row = repo.create({
        organizerId: organizer.userId,
        name: dto.name.trim().slice(0, C.nameChars) || dto.name,
        scope: dto.scope,
        expoId,
        provinces,
        categoryCodes: categories,
        startsAt,
        endsAt,
        webhookUrl: null,
        webhookSecret: null,
        createdAt: new Date(),
      });
      await repo.insert(row);
      return toCampaignView(row);
    });
  }

  async list(organizer: Principal): Promise<CampaignView[]> {
    const rows = await this.tx
      .getRepository(Campaign)
      .find({ where: { organizerId: organizer.userId }, order: { createdAt: 'DESC' }, take: C.maxPerOrganizer });
    return rows.map(toCampaignView);
  }

  /** The caller's campaign: 404 CAMPAIGN_NOT_FOUND, 403 NOT_OWNER for another organizer's. */
  async own(organizer: Principal, id: string): Promise<Campaign> {
    const c = await this.tx.getRepository(Campaign).findOne({ where: { id } });
    if (!c) throw DomainError.notFound('CAMPAIGN_NOT_FOUND', 'Campaign', id);
    if (c.organizerId !== organizer.userId) throw new DomainError('NOT_OWNER', 'This campaign is another organizer’s');
    return c;
  }

  async setWebhook(organizer: Principal, id: string, dto: WebhookDto): Promise<CampaignView> {
    const url = checkWebhookUrl(dto.url, this.config.matching.webhookAllowPrivate);
    return this.tx.run(async () => {
      await this.turns.take(`organizer:${organizer.userId}`);
      const c = await this.own(organizer, id);
      const repo = this.tx.getRepository(Campaign);
      if (!c.webhookUrl) {
        const withHooks = await repo.count({ where: { organizerId: organizer.userId, webhookUrl: Not(IsNull()) } });
        if (withHooks >= C.maxWebhooksPerOrganizer)
          throw new DomainError(
            'CAMPAIGN_WEBHOOK_LIMIT',
            `At most ${C.maxWebhooksPerOrganizer} campaigns of one organizer have a webhook`,
          );
      }
      await repo.update({ id }, { webhookUrl: url, webhookSecret: dto.secret });
      return toCampaignView(Object.assign(c, { webhookUrl: url, webhookSecret: dto.secret }));
    });
  }

  async clearWebhook(organizer: Principal, id: string): Promise<CampaignView> {
    const c = await this.own(organizer, id);
    await this.tx.getRepository(Campaign).update({ id }, { webhookUrl: null, webhookSecret: null });
    return toCampaignView(Object.assign(c, { webhookUrl: null, webhookSecret: null }));
  }
}
