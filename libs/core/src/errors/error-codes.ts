/**
 * The one taxonomy of domain errors. A code is stable API: clients branch on it.
 * Each code has one HTTP status; socket acks carry the same code.
 */
export const ErrorCodes = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  MALFORMED_JSON: 400,
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_INVALID_TOKEN: 401,
  FORBIDDEN: 403,
  FORBIDDEN_ROLE: 403,
  NOT_OWNER: 403,
  NOT_FOUND: 404,
  EXPO_NOT_FOUND: 404,
  HALL_NOT_FOUND: 404,
  BOOTH_NOT_FOUND: 404,
  PRODUCT_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
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
  // live media
  TRANSPORT_LIMIT: 409,
  ALREADY_CONSUMING: 409,
  TRACK_LIMIT: 400,
  MEDIA_CAPACITY: 503,
  AUTH_EMAIL_TAKEN: 409,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

export function statusOf(code: ErrorCode): number {
  return ErrorCodes[code];
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ErrorCodes, value);
}
