import { Global, Module } from '@nestjs/common';
import { RedisConnections } from './redis-connections';

/** Shared Redis connections for every context (see RedisConnections). */
@Global()
@Module({ providers: [RedisConnections], exports: [RedisConnections] })
export class RedisModule {}
