import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CurrentUser, IdParam, Principal, Roles } from '@livefair/core';
import type { MeetingStatus, MeetingView } from '@livefair/protocol';
import { AcceptMeetingDto, CancelMeetingDto, DeclineMeetingDto, ProposeMeetingDto } from '../dto/meeting.dto';
import { MeetingService } from '../meeting.service';

const STATUSES: MeetingStatus[] = ['proposed', 'accepted', 'declined', 'cancelled'];

export class MeetingListQueryDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: MeetingStatus;
}

/** Booking private video meetings (docs/meetings.md). The room itself is joined over /live. */
@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api')
export class MeetingsController {
  constructor(private readonly meetings: MeetingService) {}

  @Post('meetings')
  @Roles('buyer')
  @ApiOperation({
    summary: 'Propose 1-5 time slots for a private video meeting to an exhibitor enterprise (buyer); 201 MeetingView',
  })
  propose(@CurrentUser() user: Principal, @Body() dto: ProposeMeetingDto): Promise<MeetingView> {
    return this.meetings.propose(user, dto);
  }

  @Get('my/meetings')
  @Roles('buyer', 'exhibitor')
  @ApiOperation({ summary: "The buyer's own meetings, or the exhibitor enterprise's; newest first, at most 100" })
  mine(@CurrentUser() user: Principal, @Query() q: MeetingListQueryDto): Promise<MeetingView[]> {
    return this.meetings.list(user, q.status);
  }

  @Get('meetings/:id')
  @Roles('buyer', 'exhibitor')
  @ApiOperation({ summary: 'One meeting of the caller (its buyer or its enterprise’s staff; others 403 NOT_OWNER)' })
  one(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<MeetingView> {
    return this.meetings.view(user, id);
  }

  @Post('meetings/:id/accept')
  @HttpCode(200)
  @Roles('exhibitor')
  @ApiOperation({ summary: 'Accept one proposed slot (enterprise staff); opens the private room for the participants' })
  accept(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: AcceptMeetingDto): Promise<MeetingView> {
    return this.meetings.accept(user, id, dto);
  }

  @Post('meetings/:id/decline')
  @HttpCode(200)
  @Roles('exhibitor')
  @ApiOperation({ summary: 'Decline a proposal with a reason (enterprise staff)' })
  decline(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: DeclineMeetingDto): Promise<MeetingView> {
    return this.meetings.decline(user, id, dto);
  }

  @Post('meetings/:id/cancel')
  @HttpCode(200)
  @Roles('buyer', 'exhibitor')
  @ApiOperation({ summary: 'Cancel a proposed or accepted meeting (either side); its room closes' })
  cancel(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: CancelMeetingDto): Promise<MeetingView> {
    return this.meetings.cancel(user, id, dto);
  }
}
