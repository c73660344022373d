import { defineErrorCodes } from '@livefair/core';

/** Booth inquiries, the leads inbox and business cards (docs/leads.md). */
export const leadsErrorCodes = defineErrorCodes('leads', {
  LEAD_NOT_FOUND: 404,
  LEAD_CONTACT_REQUIRED: 422,
  LEAD_PRODUCT_NOT_IN_BOOTH: 422,
  LEAD_TRANSITION_INVALID: 409,
  LEAD_REASON_REQUIRED: 422,
  LEAD_NOTES_FULL: 409,
  LEAD_RFQ_MISMATCH: 422,
  CARD_REQUIRED: 409,
  CARD_EXCHANGE_NOT_FOUND: 404,
  CARD_EXCHANGE_DECIDED: 409,
  CARD_EXCHANGE_DECLINED: 409,
});

type LeadsErrorCodes = typeof leadsErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends LeadsErrorCodes {}
}
