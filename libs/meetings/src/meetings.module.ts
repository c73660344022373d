import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@livefair/accounts';
import { ExpoModule } from '@livefair/expo';
import { LiveSessionsModule } from '@livefair/live';
import { MeetingsController } from './http/meetings.controller';
import { MeetingService } from './meeting.service';
// The context's declarations register with core as this module loads.
import './meetings-errors';
import { meetingsEntities } from './meetings-schema';

/** Private video meetings: booking between a buyer and an enterprise; the room is a live `meeting` session. */
@Module({
  imports: [TypeOrmModule.forFeature(meetingsEntities), AccountsModule, ExpoModule, LiveSessionsModule],
  providers: [MeetingService],
  exports: [MeetingService],
})
export class MeetingsModule {}

/** The meetings context's HTTP surface; mounted by HTTP processes only. */
@Module({ imports: [MeetingsModule], controllers: [MeetingsController] })
export class MeetingsHttpModule {}
