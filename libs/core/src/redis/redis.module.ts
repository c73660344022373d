import { Global, Module } from '@nestjs/common';
import { ClusterBus } from './cluster-bus';
import { RedisConnections } from './redis-connections';

/** Shared Redis connections and the cross-process message bus, for every context. */
@Global()
@Module({ providers: [RedisConnections, ClusterBus], exports: [RedisConnections, ClusterBus] })
export class RedisModule {}
