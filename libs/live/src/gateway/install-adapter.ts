import { INestApplication } from '@nestjs/common';
import { AppConfig } from '@livefair/core';
import { RedisIoAdapter } from './redis-io.adapter';

/** Redis adapter when Redis is configured; socket.io's in-process adapter otherwise. */
export async function installSocketAdapter(app: INestApplication, config: AppConfig): Promise<void> {
  if (!config.redis) return;
  const adapter = new RedisIoAdapter(app, config.redis.url);
  await adapter.connect();
  app.useWebSocketAdapter(adapter);
}
