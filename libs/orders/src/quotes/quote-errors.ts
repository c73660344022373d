import { defineErrorCodes } from '@livefair/core';

/** Requests for quotation and quotes (docs/orders.md, "Quotations"). */
export const quoteErrorCodes = defineErrorCodes('orders', {
  RFQ_NOT_FOUND: 404,
  QUOTE_NOT_FOUND: 404,
  RFQ_NOT_PARTY: 403,
  RFQ_NOT_OPEN: 409,
  RFQ_OPEN_LIMIT: 409,
  RFQ_THREAD_FULL: 409,
  QUOTE_SKU_REQUIRED: 422,
  QUOTE_EXPIRED: 409,
  QUOTE_SUPERSEDED: 409,
  QUOTE_ALREADY_DECIDED: 409,
});

type QuoteErrorCodes = typeof quoteErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends QuoteErrorCodes {}
}
