import { Module } from '@nestjs/common';
import { ExpoModule } from '@livefair/expo';
import { LiveGateway } from './gateway/live.gateway';
import { WorkerPool } from './sfu/worker-pool';

/** Live rooms: the mediasoup worker pool and the socket.io signalling namespace. */
@Module({
  imports: [ExpoModule],
  providers: [WorkerPool, LiveGateway],
  exports: [WorkerPool],
})
export class LiveModule {}
