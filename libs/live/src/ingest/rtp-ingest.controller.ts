import { Body, Controller, Delete, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { DomainError, Public } from '@livefair/core';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { RtpIngest, RtpIngestService } from './rtp-ingest.service';

class SessionParam {
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;
}

class ResourceParam extends SessionParam {
  @IsUUID('all', { message: 'resourceId must be a UUID' })
  resourceId!: string;
}

class OpenRtpIngestDto {
  @ApiProperty({ enum: ['vp8', 'h264'] })
  @IsIn(['vp8', 'h264'])
  video!: 'vp8' | 'h264';

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  audio?: boolean;
}

function streamKeyOf(header: string | undefined): string {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!m) throw new DomainError('STREAM_KEY_INVALID', 'Send the stream key as "Authorization: Bearer <key>"');
  return m[1];
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
