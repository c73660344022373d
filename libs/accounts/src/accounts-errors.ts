import { defineErrorCodes } from '@livefair/core';

/**
 * The accounts context's error codes. The authentication codes (AUTH_*) are core's:
 * the guard and the token service raise them in every process.
 */
export const accountsErrorCodes = defineErrorCodes('accounts', {
  USER_NOT_FOUND: 404,
});

type AccountsErrorCodes = typeof accountsErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends AccountsErrorCodes {}
}
