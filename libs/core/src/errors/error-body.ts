import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, FieldProblem } from './domain-error';
import { isDatabaseUnreachable } from '../database/connection-lost';
import { ErrorCode, isErrorCode } from './error-codes';

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  requestId?: string;
  details?: FieldProblem[];
}

export interface ClassifiedError {
  status: number;
  body: ErrorBody;
  /** True when the failure is ours (500): log it with its stack, hide details from the client. */
  unexpected: boolean;
}

const statusToCode: Record<number, ErrorCode> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_REQUEST',
  [HttpStatus.UNAUTHORIZED]: 'AUTH_REQUIRED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'UNSUPPORTED_MEDIA_TYPE',
  [HttpStatus.TOO_MANY_REQUESTS]: 'RATE_LIMITED',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'SERVICE_UNAVAILABLE',
};

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
}

/** Maps anything thrown to a status and a client-safe body. Shared by HTTP and socket paths. */
export function classifyError(error: unknown): ClassifiedError {
  if (error instanceof DomainError) {
    // A code no loaded context declared is our bug (its errors file is not imported): a logged 500.
    if (!isErrorCode(error.code))
      return { status: 500, body: { code: 'INTERNAL_ERROR', message: 'Internal error' }, unexpected: true };
    return {
      status: error.status,
      body: { code: error.code, message: error.message, details: error.details },
      unexpected: false,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = statusToCode[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
    const message = status >= 500 ? 'Internal error' : error.message;
    return { status, body: { code, message }, unexpected: status >= 500 };
  }
  const parserError = error as BodyParserError | null;
  if (parserError && typeof parserError === 'object' && typeof parserError.type === 'string') {
    if (parserError.type === 'entity.parse.failed') {
      return { status: 400, body: { code: 'MALFORMED_JSON', message: 'Request body is not valid JSON' }, unexpected: false };
    }
    if (parserError.type === 'entity.too.large') {
      return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: 'Request body is too large' }, unexpected: false };
    }
    const status = parserError.status ?? parserError.statusCode ?? 400;
    if (status < 500) {
      return { status, body: { code: 'BAD_REQUEST', message: 'Request body could not be read' }, unexpected: false };
    }
  }
  if (isDatabaseUnreachable(error)) {
    // Expected while the database is down or failing over: a clear 503 the client may retry, not a logged 500.
    return {
      status: 503,
      body: { code: 'DATABASE_UNAVAILABLE', message: 'The database is unavailable; try again shortly' },
      unexpected: false,
    };
  }
  return { status: 500, body: { code: 'INTERNAL_ERROR', message: 'Internal error' }, unexpected: true };
}
