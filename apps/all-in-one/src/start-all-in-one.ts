import { INestApplication } from '@nestjs/common';
import { AppConfig, bootHttpProcess, defaultWebRoot } from '@livefair/core';
import { DemoSeeder, DemoSummary } from '@livefair/demo';
import { installSocketAdapter } from '@livefair/live';
import { AllInOneModule } from './all-in-one.module';

export interface Started {
  app: INestApplication;
  url: string;
  demo: DemoSummary | null;
}

/** Boots everything in one process; used by main.ts and by the smoke test. */
export async function startAllInOne(config: AppConfig, port?: number, handleSignals = true): Promise<Started> {
  const { app, url } = await bootHttpProcess(AllInOneModule.forRoot(config), config, {
    title: 'LiveFair',
    webRoot: defaultWebRoot(),
    beforeListen: (a) => installSocketAdapter(a, config),
    port,
    handleSignals,
  });
  const demo = config.demoData ? await app.get(DemoSeeder).seed() : null;
  return { app, url, demo };
}
