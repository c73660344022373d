import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { CoreHealthChecks } from './core-checks';
import { HealthController } from './health.controller';
import { HealthRegistry } from './health-registry';

@Global()
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'pretty', logger: false })],
  controllers: [HealthController],
  providers: [HealthRegistry, CoreHealthChecks],
  exports: [HealthRegistry],
})
export class HealthModule {}
