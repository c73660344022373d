import { Injectable, Logger } from '@nestjs/common';
import { JobHandler, JobRun, TransactionalConnection } from '@livefair/core';
import type { CampaignWebhookPayload } from './campaign-jobs';
import { Campaign } from './entities/campaign.entity';
import { DELIVERY_HEADER, EVENT_HEADER, signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './webhook-signature';

/** A receiver answers within this or the try counts as failed. */
const TIMEOUT_MS = 10_000;

/**
 * Posts a campaign event to the campaign's webhook, signed with its secret. Any answer but 2xx,
 * a timeout or a network error fails the try and the queue retries with exponential backoff
 * (WEBHOOK_ATTEMPTS tries). The URL and secret are read at each try: a changed webhook gets the
 * retries, a removed one ends them. Redirects are not followed.
 */
@Injectable()
export class WebhookDelivery {
  private readonly logger = new Logger('CampaignWebhook');

  constructor(private readonly tx: TransactionalConnection) {}

  @JobHandler('matching.campaign-webhook')
  async deliver(event: CampaignWebhookPayload, run: JobRun): Promise<void> {
    const c = await this.tx.getRepository(Campaign).findOne({ where: { id: event.campaignId } });
    if (!c?.webhookUrl || !c.webhookSecret) return;
    const body = JSON.stringify(event);
    const timestamp = Math.floor(Date.now() / 1000);
    let res: Response;
    try {
      res = await fetch(c.webhookUrl, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'LiveFair-Webhook/1',
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: signWebhook(c.webhookSecret, timestamp, body),
          [EVENT_HEADER]: event.type,
          [DELIVERY_HEADER]: event.id,
        },
        body,
      });
      await res.body?.cancel().catch(() => undefined);
    } catch (err) {
      this.logger.warn({ err, campaignId: c.id, event: event.id, attempt: run.attempt }, 'webhook delivery failed');
      throw new Error(`webhook ${event.id}: ${(err as Error).message}`, { cause: err });
    }
    if (res.status < 200 || res.status >= 300) {
      this.logger.warn({ campaignId: c.id, event: event.id, status: res.status, attempt: run.attempt }, 'webhook refused');
      throw new Error(`webhook ${event.id}: the receiver answered ${res.status}`);
    }
  }
}
