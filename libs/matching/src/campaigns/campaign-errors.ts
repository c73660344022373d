import { defineErrorCodes } from '@livefair/core';

/** Campaigns' error codes (docs/matching.md, "Campaigns"). */
export const campaignErrorCodes = defineErrorCodes('matching', {
  CAMPAIGN_NOT_FOUND: 404,
  CAMPAIGN_LIMIT: 409,
  CAMPAIGN_WINDOW_INVALID: 400,
  CAMPAIGN_SCOPE_INVALID: 400,
  CAMPAIGN_WEBHOOK_URL_INVALID: 400,
  CAMPAIGN_WEBHOOK_LIMIT: 409,
  CAMPAIGN_PUSH_INVALID: 400,
  MATCH_ALREADY_ANSWERED: 409,
});

type CampaignErrorCodes = typeof campaignErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends CampaignErrorCodes {}
}
