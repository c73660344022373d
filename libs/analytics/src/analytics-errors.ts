import { defineErrorCodes } from '@livefair/core';

/**
 * The analytics context's codes. The EVENT_* codes answer single events inside a batch (in
 * `rejected[]`, the request itself is 202); their status is what a batch made only of such
 * events would mean. The rest answer whole requests.
 */
export const analyticsErrorCodes = defineErrorCodes('analytics', {
  EVENT_INVALID: 422,
  EVENT_UNKNOWN_BOOTH: 422,
  EVENT_UNKNOWN_HALL: 422,
  EVENT_TOO_OLD: 422,
  EVENT_RATE_LIMITED: 429,
  ANALYTICS_BATCH_TOO_LARGE: 413,
  ANALYTICS_EXPO_NOT_FOUND: 404,
  ANALYTICS_BOOTH_NOT_FOUND: 404,
  ANALYTICS_LEAD_NOT_FOUND: 404,
});

type AnalyticsErrorCodes = typeof analyticsErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends AnalyticsErrorCodes {}
}
