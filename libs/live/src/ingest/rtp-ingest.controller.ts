import { Body, Controller, Delete, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Public } from '@livefair/core';
import { ResourceParam, SessionParam, streamKeyOf } from './ingest-params';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { RtpIngest, RtpIngestService } from './rtp-ingest.service';

class OpenRtpIngestDto {
  @ApiProperty({ enum: ['vp8', 'h264'] })
  @IsIn(['vp8', 'h264'])
  video!: 'vp8' | 'h264';

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  audio?: boolean;
}

/** RTP ingest for ffmpeg/GStreamer, authenticated by the session's stream key. See docs/live-protocol.md. */
@ApiTags('live')
@Controller('ingest/rtp')
@Public()
export class RtpIngestController {
  constructor(private readonly rtp: RtpIngestService) {}

  @Post(':sessionId')
  @HttpCode(201)
  @ApiOperation({ summary: 'Get RTP ports (video, optional Opus audio) to send a stream to' })
  open(@Param() { sessionId }: SessionParam, @Headers('authorization') auth: string | undefined, @Body() dto: OpenRtpIngestDto): Promise<RtpIngest> {
    return this.rtp.open(sessionId, streamKeyOf(auth), dto.video, dto.audio ?? true);
  }

  @Delete(':sessionId/:resourceId')
  @HttpCode(200)
  async close(@Param() p: ResourceParam, @Headers('authorization') auth: string | undefined): Promise<void> {
    await this.rtp.close(p.sessionId, streamKeyOf(auth), p.resourceId);
  }
}
