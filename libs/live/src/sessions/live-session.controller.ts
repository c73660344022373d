import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Public, Roles } from '@livefair/core';
import type { LiveSessionView } from '@livefair/protocol';
import { CreateLiveSessionDto } from '../dto/create-live-session.dto';
import { LiveSessionService } from './live-session.service';

@ApiTags('live')
@Controller('api')
export class LiveSessionController {
  constructor(private readonly sessions: LiveSessionService) {}

  @Post('booths/:id/live-sessions')
  @Roles('exhibitor')
  @ApiBearerAuth()
  @ApiOperation({ summary: "Schedule a live session in one's own booth" })
  create(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: CreateLiveSessionDto): Promise<LiveSessionView> {
    return this.sessions.create(user, id, dto);
  }

  @Get('booths/:id/live-sessions')
  @Public()
  @ApiOperation({ summary: "A booth's live sessions, newest first" })
  list(@Param() { id }: IdParam): Promise<LiveSessionView[]> {
    return this.sessions.listForBooth(id);
  }

  @Get('live-sessions/:id')
  @Public()
  get(@Param() { id }: IdParam): Promise<LiveSessionView> {
    return this.sessions.view(id);
  }

  @Get('live-sessions/:id/ingest')
  @Roles('exhibitor')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'WHIP/RTP stream key of a session (booth staff only)' })
  ingest(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<{ streamKey: string }> {
    return this.sessions.ingestKey(user, id);
  }

  @Post('live-sessions/:id/ingest/rotate')
  @Roles('exhibitor')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Replace the stream key; the old one stops working' })
  rotate(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<{ streamKey: string }> {
    return this.sessions.rotateKey(user, id);
  }
}
