import { defineErrorCodes } from '@livefair/core';

/** Flash deals' error codes (docs/error-codes.md, docs/orders.md "Flash deals"). */
export const dealErrorCodes = defineErrorCodes('orders', {
  DEAL_NOT_FOUND: 404,
  DEAL_ENDED: 409,
  DEAL_SOLD_OUT: 409,
  DEAL_NOT_ENOUGH_LEFT: 409,
  DEAL_LIMIT_REACHED: 409,
  DEAL_STOCK_SHORT: 409,
  DEAL_PRICE_INVALID: 422,
  DEAL_SESSION_LIMIT: 409,
  DEAL_SESSION_NOT_LIVE: 409,
  DEAL_BUSY: 503,
});

type DealErrorCodes = typeof dealErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends DealErrorCodes {}
}
