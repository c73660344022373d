import { Logger } from '@nestjs/common';
import { classifyError, ErrorBody } from './error-body';

export type Ack<T> = { ok: true; data: T } | { ok: false; error: Pick<ErrorBody, 'code' | 'message' | 'details'> };

const logger = new Logger('WsError');

/**
 * A handler's answer that is a failure, returned instead of thrown: acked as `{ ok: false, error }`
 * like a thrown error, without Nest's exception path (for answers most requests of a burst get).
 */
export class AckFailure {
  constructor(readonly error: unknown) {}
}

export function ackOk<T>(data: T): Ack<T> {
  return { ok: true, data };
}

/** Turns anything thrown in a socket handler into an error ack; logs our own failures. */
export function ackError(error: unknown, event?: string): Ack<never> {
  const { body, unexpected } = classifyError(error);
  if (unexpected) logger.error({ err: error, event }, `Unhandled error in socket event ${event ?? ''}`);
  const { code, message, details } = body;
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/**
 * WsAckFilter's answer to a failed socket event: through its ack, or, without one, a
 * `request.error` event with the same body (shared with the live gateway's direct dispatch).
 */
export function answerFailure(
  client: { emit(event: string, body: unknown): unknown },
  event: string,
  ack: ((body: unknown) => void) | undefined,
  error: unknown,
): void {
  const body = ackError(error, event);
  if (ack) ack(body);
  else client.emit('request.error', { event, ...body });
}
