import { defineJobs, job, JobPayloadsOf } from '@livefair/core';
import type { CampaignWebhookEvent } from '@livefair/protocol';

/** One delivery of a campaign's webhook: the event as it will be sent (its body is built from it). */
export type CampaignWebhookPayload = CampaignWebhookEvent;

/** Retries of a failed delivery: 1 s, 3 s, 7 s, 15 s, 31 s after the failures (the queue's exponential backoff). */
export const WEBHOOK_ATTEMPTS = 6;
export const WEBHOOK_BACKOFF_MS = 1000;

/**
 * Webhook deliveries wait in their own queue: a slow or failing receiver never delays the
 * supplier refresh jobs. Enqueued through the outbox in the transaction that made the event.
 */
export const campaignJobs = defineJobs('matching', {
  queues: { 'matching-webhooks': { concurrency: 4 } },
  jobs: {
    'matching.campaign-webhook': job<CampaignWebhookPayload>({
      queue: 'matching-webhooks',
      attempts: WEBHOOK_ATTEMPTS,
      backoffMs: WEBHOOK_BACKOFF_MS,
    }),
  },
});

type CampaignJobs = JobPayloadsOf<typeof campaignJobs>;

declare module '@livefair/core' {
  interface JobPayloads extends CampaignJobs {}
}
