import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/decorators';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';
import { MetricsService } from './metrics.service';
import { hasOpsToken } from './ops-token';

/** Prometheus scrape; not public (it shows routes, load and internals): `Authorization: Bearer <METRICS_TOKEN>`. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  scrape(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    const token = this.config.http.metricsToken;
    if (!token) throw new DomainError('NOT_FOUND', 'Metrics are off: set METRICS_TOKEN and scrape with it as a bearer token');
    if (!hasOpsToken(req.headers.authorization, token))
      throw new DomainError('AUTH_REQUIRED', 'Scrape /metrics with Authorization: Bearer <METRICS_TOKEN>');
    // Set here, not with @Header: that would also label the JSON error bodies above as text.
    res.setHeader('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
    return this.metrics.registry.metrics();
  }
}
