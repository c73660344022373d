import { defineErrorCodes } from '@livefair/core';

/** The matching context's error codes (docs/matching.md says when each is sent). */
export const matchingErrorCodes = defineErrorCodes('matching', {
  DEMAND_NOT_FOUND: 404,
  DEMAND_CLOSED: 409,
  DEMAND_OPEN_LIMIT: 409,
  DEMAND_TEXT_EMPTY: 400,
  DEMAND_TEXT_TOO_LONG: 400,
  DEMAND_DEADLINE_PAST: 400,
  MATCH_UNKNOWN_CATEGORY: 400,
  MATCH_UNKNOWN_CERTIFICATION: 400,
  MATCH_SUPPLIER_NOT_FOUND: 404,
  MATCH_NOT_SUGGESTED: 409,
  MATCH_NOT_INVITABLE: 409,
  ONBOARDING_TOO_LARGE: 413,
  ONBOARDING_FORMAT_INVALID: 400,
  ONBOARDING_SUPPLIER_LIMIT: 409,
});

type MatchingErrorCodes = typeof matchingErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends MatchingErrorCodes {}
}
