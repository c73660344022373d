import { Body, Controller, Delete, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Public } from '@livefair/core';
import type { Request } from 'express';
import { IsBoolean, IsIn, IsIP, IsOptional } from 'class-validator';
import { ResourceParam, SessionParam, streamKeyOf } from './ingest-params';
import { RtpIngest, RtpIngestService } from './rtp-ingest.service';

class OpenRtpIngestDto {
  @ApiProperty({ enum: ['vp8', 'h264'] })
  @IsIn(['vp8', 'h264'])
  video!: 'vp8' | 'h264';

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  audio?: boolean;

  @ApiPropertyOptional({
    default: false,
    description: 'Seal the streams with SRTP keys returned per stream (recommended over untrusted networks)',
  })
  @IsOptional()
  @IsBoolean()
  srtp?: boolean;

  @ApiPropertyOptional({
    description: 'Without SRTP: the address the encoder sends from, when it is not the one calling (default: the caller)',
  })
  @IsOptional()
  @IsIP()
  sourceIp?: string;
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
  open(
    @Param() { sessionId }: SessionParam,
    @Headers('authorization') auth: string | undefined,
    @Body() dto: OpenRtpIngestDto,
    @Req() req: Request,
  ): Promise<RtpIngest> {
    return this.rtp.open(sessionId, streamKeyOf(auth), {
      video: dto.video,
      audio: dto.audio ?? true,
      srtp: dto.srtp ?? false,
      sourceIp: dto.sourceIp,
      requestIp: req.socket.remoteAddress ?? '',
    });
  }

  @Delete(':sessionId/:resourceId')
  @HttpCode(200)
  async close(@Param() p: ResourceParam, @Headers('authorization') auth: string | undefined): Promise<void> {
    await this.rtp.close(p.sessionId, streamKeyOf(auth), p.resourceId);
  }
}
