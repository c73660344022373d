import { defineErrorCodes } from '@livefair/core';

/** The expo context's error codes. */
export const expoErrorCodes = defineErrorCodes('expo', {
  EXPO_NOT_FOUND: 404,
  HALL_NOT_FOUND: 404,
  BOOTH_NOT_FOUND: 404,
});

type ExpoErrorCodes = typeof expoErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends ExpoErrorCodes {}
}
