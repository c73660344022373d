import { defineErrorCodes } from '@livefair/core';

/** Private video meetings (docs/meetings.md). Room join refusals are the live context's MEETING_* codes. */
export const meetingsErrorCodes = defineErrorCodes('meetings', {
  MEETING_NOT_FOUND: 404,
  MEETING_ENTERPRISE_NOT_FOUND: 404,
  MEETING_SLOT_IN_PAST: 422,
  MEETING_SLOT_TOO_SHORT: 422,
  MEETING_SLOT_TOO_LONG: 422,
  MEETING_SLOT_TOO_FAR: 422,
  MEETING_SLOTS_OVERLAP: 422,
  MEETING_SLOT_NOT_OFFERED: 422,
  MEETING_SLOT_TAKEN: 409,
  MEETING_PARTICIPANT_INVALID: 422,
  MEETING_TRANSITION_INVALID: 409,
  MEETING_LIMIT: 409,
});

type MeetingsErrorCodes = typeof meetingsErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends MeetingsErrorCodes {}
}
