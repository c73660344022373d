import { defineErrorCodes } from '@livefair/core';

/** The expo context's codes for booth and enterprise profiles, search and favourites (docs/booths.md). */
export const boothErrorCodes = defineErrorCodes('expo', {
  BOOTH_BADGE_UNKNOWN: 400,
  BOOTH_VIDEO_URL_INVALID: 400,
  BOOTH_SHOWCASE_INVALID: 422,
  BOOTH_CONTACT_INVALID: 400,
  CERTIFICATION_UNKNOWN: 400,
  PROVINCE_UNKNOWN: 400,
  COUNTRY_CODE_UNKNOWN: 400,
  FAVOURITE_LIMIT_REACHED: 409,
});

type BoothErrorCodes = typeof boothErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends BoothErrorCodes {}
}
