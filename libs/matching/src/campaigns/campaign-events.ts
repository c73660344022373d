import { Injectable } from '@nestjs/common';
import { Outbox, TransactionalConnection } from '@livefair/core';
import type { CampaignWebhookEvent } from '@livefair/protocol';
import { randomUUID } from 'node:crypto';
import { IsNull, LessThanOrEqual, MoreThan, Not } from 'typeorm';
import { Demand } from '../entities/demand.entity';
import { MatchSupplier } from '../entities/match-supplier.entity';
import { CampaignScope } from './campaign-scope';
import { Campaign } from './entities/campaign.entity';

/** Campaigns with a webhook one event may reach at most (each organizer has at most 5). */
const FAN_OUT_MAX = 200;

export interface MatchPair {
  demand: Demand;
  supplier: MatchSupplier;
}

/**
 * Campaign webhook events: written to the outbox in the caller's transaction (one delivery job
 * per campaign), so a delivery exists exactly when what it announces committed; the job
 * `matching.campaign-webhook` posts it after the commit, with retries.
 */
@Injectable()
export class CampaignEvents {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly outbox: Outbox,
    private readonly scope: CampaignScope,
  ) {}

  /** To every campaign with a webhook covering the pair; or to `only` (when it has a webhook). Returns how many were queued. */
  async emit(
    type: CampaignWebhookEvent['type'],
    pair: MatchPair,
    data: CampaignWebhookEvent['data'],
    only?: Campaign,
  ): Promise<number> {
    const campaigns = only
      ? [only].filter((c) => c.webhookUrl)
      : await this.tx.getRepository(Campaign).find({
          where: {
            webhookUrl: Not(IsNull()),
            startsAt: LessThanOrEqual(pair.demand.createdAt),
            endsAt: MoreThan(pair.demand.createdAt),
          },
          take: FAN_OUT_MAX,
        });
    let queued = 0;
    for (const c of campaigns) {
      if (!only && !(await this.scope.covers(c, pair.demand, pair.supplier))) continue;
      const event: CampaignWebhookEvent = { id: randomUUID(), type, campaignId: c.id, createdAt: new Date().toISOString(), data };
      await this.outbox.enqueue('matching.campaign-webhook', event, { jobId: `webhook:${event.id}` });
      queued++;
    }
    return queued;
  }
}
