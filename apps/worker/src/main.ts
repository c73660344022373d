import { bootHttpProcess, runMain } from '@livefair/core';
import { Logger } from '@nestjs/common';
import { WorkerModule } from './worker.module';

// The worker serves only /health and /metrics over HTTP.
runMain(async (config) => {
  const { url } = await bootHttpProcess(WorkerModule.forRoot(config), config, { title: 'LiveFair worker' });
  new Logger('worker').log(`worker running; health at ${url}/health`);
});
