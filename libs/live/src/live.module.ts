import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@livefair/catalog';
import { ChatService } from './chat/chat.service';
import { RoomHub } from './gateway/room-hub';
import { InteractionGateway } from './handlers/interaction.gateway';
import { MediaGateway } from './handlers/media.gateway';
import { RoomGateway } from './handlers/room.gateway';
import { LiveSessionsModule } from './live-sessions.module';
import { liveEntities } from './live-schema';
import { LiveRoomService } from './room/live-room.service';
import { RoomRegistry } from './room/room-registry';
import { ViewerCounter } from './room/viewer-counter';
import { WorkerPool } from './sfu/worker-pool';
import { RouterCapabilitiesController } from './sfu/router-capabilities.controller';
import { WhipController } from './ingest/whip.controller';
import { WhipService } from './ingest/whip.service';
import { IngestGate } from './ingest/ingest-gate';
import { IngestWatchdog } from './ingest/ingest-watchdog';
import { RtpIngestController } from './ingest/rtp-ingest.controller';
import { RtpIngestService } from './ingest/rtp-ingest.service';

/** Live rooms: the mediasoup worker pool, room registry and the socket.io `/live` namespace. */
@Module({
  imports: [TypeOrmModule.forFeature(liveEntities), LiveSessionsModule, CatalogModule],
  controllers: [WhipController, RtpIngestController, RouterCapabilitiesController],
  providers: [IngestGate, IngestWatchdog, WhipService, RtpIngestService, WorkerPool, RoomRegistry, RoomHub, ViewerCounter, ChatService, LiveRoomService, RoomGateway, MediaGateway, InteractionGateway],
  exports: [WorkerPool, RoomRegistry, LiveRoomService],
})
export class LiveModule {}
