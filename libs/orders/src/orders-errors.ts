import { defineErrorCodes } from '@livefair/core';

/** The orders context's error codes (orders, idempotency, pricing). Flash deals and quotes declare theirs beside their code. */
export const ordersErrorCodes = defineErrorCodes('orders', {
  ORDER_NOT_FOUND: 404,
  ORDER_TRANSITION_INVALID: 409,
  ORDER_ACTION_FORBIDDEN: 403,
  IDEMPOTENCY_KEY_REQUIRED: 400,
  IDEMPOTENCY_KEY_INVALID: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_IN_PROGRESS: 409,
  PRODUCT_NOT_ORDERABLE: 409,
  OUT_OF_STOCK: 409,
  MOQ_NOT_MET: 422,
  SAMPLE_UNAVAILABLE: 409,
  ORDER_TOTAL_TOO_LARGE: 422,
  SAMPLE_LIMIT_EXCEEDED: 422,
  OPEN_ORDERS_LIMIT: 409,
  ORDER_NOT_EDITABLE: 409,
  SHIP_TO_REQUIRED: 409,
  EXPORT_TOO_LARGE: 422,
});

type OrdersErrorCodes = typeof ordersErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends OrdersErrorCodes {}
}
