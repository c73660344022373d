import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExpoModule } from '@livefair/expo';
import { KickPublisherController } from './ingest/kick-publisher.controller';
import { LiveSessionController } from './sessions/live-session.controller';
import { LiveSessionService } from './sessions/live-session.service';
import { SessionExpiry } from './sessions/session-expiry';
import { MeetingRoomService } from './sessions/meeting-rooms';
import { LiveNowService } from './sessions/live-now';
import { roomCountersProvider, ROOM_COUNTERS } from './room/room-counters';
// The context's declarations register with core as this module loads.
import './live-errors';
import { liveEntities } from './live-schema';
import './live-jobs';

/** Live sessions as records (no media): usable by the API process. */
@Module({
  imports: [TypeOrmModule.forFeature(liveEntities), ExpoModule],
  // The shared viewer and like counters live here (not in LiveModule) so that an API process
  // without media reads the same counts the live processes report (LiveNowService).
  providers: [LiveSessionService, SessionExpiry, MeetingRoomService, roomCountersProvider, LiveNowService],
  exports: [LiveSessionService, MeetingRoomService, ROOM_COUNTERS, LiveNowService],
})
export class LiveSessionsModule {}

@Module({ imports: [LiveSessionsModule], controllers: [LiveSessionController, KickPublisherController] })
export class LiveSessionsHttpModule {}
