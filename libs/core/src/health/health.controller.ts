import { Controller, Get, Inject, Req, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheckResult, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { Request, Response } from 'express';
import { Public } from '../auth/decorators';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { hasOpsToken } from '../metrics/ops-token';
import { HealthRegistry } from './health-registry';

const CHECK_TIMEOUT_MS = 3000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly registry: HealthRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Runs every check either way (503 when one is down). Anyone gets `{ status }`, enough for a
   * load balancer; the details (engines, drivers, worker counts, error messages) only with
   * `Authorization: Bearer <METRICS_TOKEN>`.
   */
  @Get()
  @Public()
  @ApiOperation({
    summary:
      '200 { status: "ok" } or 503 { status: "error" }; with the METRICS_TOKEN bearer, the checks of this process in detail',
  })
  async check(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HealthCheckResult | Pick<HealthCheckResult, 'status'>> {
    let result: HealthCheckResult;
    try {
      result = await this.health.check(this.checks());
    } catch (err) {
      if (!(err instanceof ServiceUnavailableException)) throw err;
      result = err.getResponse() as HealthCheckResult;
      res.status(503);
    }
    return hasOpsToken(req.headers.authorization, this.config.http.metricsToken) ? result : { status: result.status };
  }

  private checks() {
    return this.registry.entries().map(([name, fn]) => async () => {
      const indicator = this.indicators.check(name);
      try {
        const { up, ...details } = await withTimeout(fn(), CHECK_TIMEOUT_MS);
        return up ? indicator.up(details) : indicator.down(details);
      } catch (err) {
        return indicator.down({ message: err instanceof Error ? err.message : String(err) });
      }
    });
  }
}
