import { defineErrorCodes } from '@livefair/core';

/** The live context's error codes (HTTP status; socket acks carry the same code). See docs/live-protocol.md. */
export const liveErrorCodes = defineErrorCodes('live', {
  LIVE_SESSION_NOT_FOUND: 404,
  TRANSPORT_NOT_FOUND: 404,
  PRODUCER_NOT_FOUND: 404,
  CONSUMER_NOT_FOUND: 404,
  NOT_IN_ROOM: 409,
  LIVE_SESSION_ENDED: 409,
  ALREADY_PUBLISHING: 409,
  CHAT_BANNED: 403,
  NOT_BOOTH_STAFF: 403,
  STREAM_KEY_INVALID: 401,
  MEDIA_PARAMS_INVALID: 400,
  CANNOT_CONSUME: 400,
  TRANSPORT_LIMIT: 409,
  ALREADY_CONSUMING: 409,
  TRACK_LIMIT: 400,
  MEDIA_CAPACITY: 503,
  UNKNOWN_EVENT: 400,
  TOO_MANY_SOCKETS: 429,
  LIVE_NOT_STARTED: 409,
  LIVE_SESSION_LIMIT: 409,
  MEETING_NOT_PARTICIPANT: 403,
  MEETING_ROOM_NOT_OPEN: 409,
  MEETING_ROOM_CLOSED: 410,
  MEETING_ROOM_FULL: 409,
});

type LiveErrorCodes = typeof liveErrorCodes;

declare module '@livefair/core' {
  interface ErrorCodeRegistry extends LiveErrorCodes {}
}
