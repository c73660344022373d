import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, JobHandler, JobRun, TransactionalConnection } from '@livefair/core';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { CampaignWebhookPayload } from './campaign-jobs';
import { Campaign } from './entities/campaign.entity';
import { PrivateAddressError, privateIpLiteral, publicOnlyLookup } from './webhook-address';
import { DELIVERY_HEADER, EVENT_HEADER, signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './webhook-signature';

/** A receiver answers within this or the try counts as failed. */
const TIMEOUT_MS = 10_000;

/**
 * POSTs `body` to `target` and resolves with the answer's status (the answer's body is dropped).
 * Unless `allowPrivate`, the host's addresses are checked as the connection is made (a private IP
 * literal, or a name resolving to one, fails with PrivateAddressError). Redirects are not followed.
 */
export function postWebhook(
  target: string,
  headers: Record<string, string>,
  body: string,
  allowPrivate: boolean,
  timeoutMs = TIMEOUT_MS,
): Promise<number> {
  const url = new URL(target);
  const literal = allowPrivate ? null : privateIpLiteral(url.hostname);
  if (literal) return Promise.reject(new PrivateAddressError(literal, literal));
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<number>((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        signal: AbortSignal.timeout(timeoutMs),
        ...(allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

@Injectable()
export class WebhookDelivery {
  private readonly logger = new Logger('CampaignWebhook');

  constructor(
    private readonly tx: TransactionalConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @JobHandler('matching.campaign-webhook')
  async deliver(event: CampaignWebhookPayload, run: JobRun): Promise<void> {
    const c = await this.tx.getRepository(Campaign).findOne({ where: { id: event.campaignId } });
    if (!c?.webhookUrl || !c.webhookSecret) return;
    const body = JSON.stringify(event);
    const timestamp = Math.floor(Date.now() / 1000);
    let status: number;
    try {
      status = await postWebhook(
        c.webhookUrl,
        {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'LiveFair-Webhook/1',
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: signWebhook(c.webhookSecret, timestamp, body),
          [EVENT_HEADER]: event.type,
          [DELIVERY_HEADER]: event.id,
        },
        body,
        this.config.matching.webhookAllowPrivate,
      );
    } catch (err) {
      this.logger.warn({ err, campaignId: c.id, event: event.id, attempt: run.attempt }, 'webhook delivery failed');
      throw new Error(`webhook ${event.id}: ${(err as Error).message}`, { cause: err });
    }
    if (status < 200 || status >= 300) {
      this.logger.warn({ campaignId: c.id, event: event.id, status, attempt: run.attempt }, 'webhook refused');
      throw new Error(`webhook ${event.id}: the receiver answered ${status}`);
    }
  }
}
