import { Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@livefair/catalog';
import { ChatService } from './chat/chat.service';
import { LikeService } from './chat/like.service';
import { PinService } from './chat/pin.service';
import { PinnedProductViews } from './chat/pinned-product-views';
import { RoomEntryState } from './chat/room-entry-state';
import { DirectDispatch } from './gateway/direct-dispatch';
import { EventGuard, LIVE_EVENT_NAMES } from './gateway/event-guard';
import { RoomHub } from './gateway/room-hub';
import { SocketIdentity } from './gateway/socket-identity';
import { SocketQuota } from './gateway/socket-quota';
import { LIVE_NAMESPACE } from './gateway/live-gateway.decorators';
import { gatewaysOf, subscribedEvents } from './gateway/subscribed-events';
import { InteractionGateway } from './handlers/interaction.gateway';
import { MediaGateway } from './handlers/media.gateway';
import { RoomGateway } from './handlers/room.gateway';
import { LiveSessionsModule } from './live-sessions.module';
import { liveEntities } from './live-schema';
import { IceServers } from './room/ice-servers';
import { IdleRooms } from './room/idle-rooms';
import { LiveRoomService } from './room/live-room.service';
import { RouterCapabilities } from './room/router-capabilities';
import { RoomLifecycle } from './room/room-lifecycle';
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

/**
 * Live rooms: the mediasoup worker pool, room registry and the socket.io `/live` namespace. Other
 * contexts add requests to the namespace with gateways of their own (`@LiveGateway()`), and send to
 * rooms through RoomHub.
 */
@Module({
  imports: [TypeOrmModule.forFeature(liveEntities), LiveSessionsModule, CatalogModule, DiscoveryModule],
  controllers: [WhipController, RtpIngestController, RouterCapabilitiesController],
  providers: [
    IngestGate,
    IngestWatchdog,
    WhipService,
    RtpIngestService,
    WorkerPool,
    RoomRegistry,
    RoomHub,
    // The requests of every gateway on /live, this lib's and other contexts' (flash deals).
    {
      provide: LIVE_EVENT_NAMES,
      inject: [DiscoveryService],
      useFactory: (discovery: DiscoveryService) => subscribedEvents(gatewaysOf(discovery, LIVE_NAMESPACE)),
    },
    DirectDispatch,
    EventGuard,
    SocketQuota,
    SocketIdentity,
    ViewerCounter,
    PinnedProductViews,
    RoomEntryState,
    ChatService,
    LikeService,
    PinService,
    RouterCapabilities,
    IdleRooms,
    IceServers,
    LiveRoomService,
    RoomLifecycle,
    RoomGateway,
    MediaGateway,
    InteractionGateway,
  ],
  exports: [WorkerPool, RoomRegistry, LiveRoomService, RoomHub],
})
export class LiveModule {}
