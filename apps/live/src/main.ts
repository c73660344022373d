import { bootHttpProcess, runMain } from '@livefair/core';
import { installSocketAdapter } from '@livefair/live';
import { Logger } from '@nestjs/common';
import { LiveAppModule } from './live-app.module';

runMain(async (config) => {
  const { url } = await bootHttpProcess(LiveAppModule.forRoot(config), config, {
    title: 'LiveFair live',
    beforeListen: (app) => installSocketAdapter(app, config),
  });
  new Logger('live').log(`live signalling listening at ${url}/live`);
});
