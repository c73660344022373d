import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../auth/decorators';
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
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({ summary: 'Database, queue/Redis and mediasoup workers of this process; 503 when one is down' })
  check() {
    return this.health.check(
      this.registry.entries().map(([name, fn]) => async () => {
        const indicator = this.indicators.check(name);
        try {
          const { up, ...details } = await withTimeout(fn(), CHECK_TIMEOUT_MS);
          return up ? indicator.up(details) : indicator.down(details);
        } catch (err) {
          return indicator.down({ message: err instanceof Error ? err.message : String(err) });
        }
      }),
    );
  }
}
