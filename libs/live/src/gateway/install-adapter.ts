import { INestApplication } from '@nestjs/common';
import { AppConfig } from '@livefair/core';
import { LeanIoAdapter } from './lean-io.adapter';
import { RedisIoAdapter } from './redis-io.adapter';

/** Redis adapter when Redis is configured; socket.io's in-process adapter otherwise. Both dispatch without rxjs (LeanIoAdapter). */
export async function installSocketAdapter(app: INestApplication, config: AppConfig): Promise<void> {
  if (!config.redis) return void app.useWebSocketAdapter(new LeanIoAdapter(app));
  const adapter = new RedisIoAdapter(app, config.redis.url);
  await adapter.connect();
  app.useWebSocketAdapter(adapter);
}
