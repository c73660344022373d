import { defineErrorCodes } from '@livefair/core';

/**
 * The accounts context's error codes. The authentication codes (AUTH_*) are core's:
 * the guard and the token service raise them in every process.
 */
export const accountsErrorCodes = defineErrorCodes('accounts', {
  USER_NOT_FOUND: 404,
  /** Self-service registration makes buyers and exhibitors; organizers are made by an operator. */
  REGISTRATION_ROLE_FORBIDDEN: 403,
});

type AccountsErrorCodes = typeof accountsErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends AccountsErrorCodes {}
}
