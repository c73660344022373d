import { bootHttpProcess, defaultWebRoot, runMain } from '@livefair/core';
import { Logger } from '@nestjs/common';
import { ApiModule } from './api.module';

runMain(async (config) => {
  const { url } = await bootHttpProcess(ApiModule.forRoot(config), config, { title: 'LiveFair API', webRoot: defaultWebRoot() });
  new Logger('api').log(`API listening at ${url}`);
});
