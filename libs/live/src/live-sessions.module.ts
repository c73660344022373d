import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExpoModule } from '@livefair/expo';
import { KickPublisherController } from './ingest/kick-publisher.controller';
import { LiveSessionController } from './sessions/live-session.controller';
import { LiveSessionService } from './sessions/live-session.service';
import { SessionExpiry } from './sessions/session-expiry';
import { MeetingRoomService } from './sessions/meeting-rooms';
// The context's declarations register with core as this module loads.
import './live-errors';
import { liveEntities } from './live-schema';
import './live-jobs';

/** Live sessions as records (no media): usable by the API process. */
@Module({
  imports: [TypeOrmModule.forFeature(liveEntities), ExpoModule],
  providers: [LiveSessionService, SessionExpiry, MeetingRoomService],
  exports: [LiveSessionService, MeetingRoomService],
})
export class LiveSessionsModule {}

@Module({ imports: [LiveSessionsModule], controllers: [LiveSessionController, KickPublisherController] })
export class LiveSessionsHttpModule {}
