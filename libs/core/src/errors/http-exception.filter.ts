import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { classifyError } from './error-body';
import { requestIdOf } from '../http/request-id';

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
    if (unexpected) {
      this.logger.error(
        { requestId, method: req.method, url: req.originalUrl, err: exception },
        `Unhandled error on ${req.method} ${req.originalUrl}`,
      );
    }
    if (res.headersSent) return;
    res.status(status).json({ ...body, requestId });
  }
}
