import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from './domain-error';
import { classifyError, ErrorBody } from './error-body';
import { requestIdOf } from '../http/request-id';

/** Seconds a client should wait before retrying, when the failure says so. */
function retryAfterOf(exception: unknown, body: ErrorBody): number | null {
  if (exception instanceof DomainError && exception.retryAfterSeconds) return Math.max(1, Math.ceil(exception.retryAfterSeconds));
  if (body.code === 'DATABASE_UNAVAILABLE') return 5;
  return null;
}

/** The one HTTP error filter: every failure leaves as `{ code, message, requestId }`. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const { status, body, unexpected } = classifyError(exception);
    const requestId = requestIdOf(req);
    const where = { requestId, method: req.method, url: req.originalUrl, err: exception };
    if (unexpected) this.logger.error(where, `Unhandled error on ${req.method} ${req.originalUrl}`);
    else if (body.code === 'DATABASE_UNAVAILABLE')
      this.logger.warn(where, `Database unavailable on ${req.method} ${req.originalUrl}`);
    if (res.headersSent) return;
    const retryAfter = retryAfterOf(exception, body);
    if (retryAfter !== null) res.setHeader('Retry-After', String(retryAfter));
    res.status(status).json({ ...body, requestId });
  }
}
