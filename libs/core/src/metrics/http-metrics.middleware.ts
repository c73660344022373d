import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsService } from './metrics.service';

/**
 * Times every HTTP request into `livefair_http_request_duration_seconds`, labelled by method, the
 * matched route's pattern and status. When no route took the request, `req.route` is still the
 * route Nest mounted this middleware on (`/{*path}`), so that is its label. A middleware rather than
 * an interceptor: requests a guard, a pipe or the router refused are counted too, and with no
 * interceptor Nest calls handlers without its per-request Observable chain.
 */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const end = this.metrics.httpDuration.startTimer({ method: req.method });
    res.once('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
      end({ route, status: String(res.statusCode) });
    });
    next();
  }
}
