import { Controller, Delete, Headers, HttpCode, Options, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError, Public } from '@livefair/core';
import { ResourceParam, SessionParam, streamKeyOf } from './ingest-params';
import type { Request, Response } from 'express';
import { WhipService } from './whip.service';

/** WHIP endpoint (RFC 9725) for OBS 30+ and hardware encoders. Authenticated by the session's stream key. */
@ApiTags('live')
@Controller('whip')
@Public()
export class WhipController {
  constructor(private readonly whip: WhipService) {}

  @Post(':sessionId')
  @HttpCode(201)
  @ApiOperation({ summary: 'POST an SDP offer (application/sdp) with Bearer stream key; 201 with the SDP answer and a Location' })
  async publish(
    @Param() { sessionId }: SessionParam,
    @Headers('authorization') auth: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const key = streamKeyOf(auth);
    if (!req.is('application/sdp') || typeof req.body !== 'string') {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Send the offer as Content-Type: application/sdp');
    }
    const { resourceId, answer } = await this.whip.publish(sessionId, key, req.body);
    res.setHeader('Location', `/whip/${sessionId}/${resourceId}`);
    res.setHeader('Content-Type', 'application/sdp');
    return answer;
  }

  @Delete(':sessionId/:resourceId')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop publishing' })
  async stop(@Param() p: ResourceParam, @Headers('authorization') auth: string | undefined): Promise<void> {
    await this.whip.unpublish(p.sessionId, streamKeyOf(auth), p.resourceId);
  }

  /** No trickle ICE: the answer already carries every candidate (RFC 9725 allows 405). */
  @Patch(':sessionId/:resourceId')
  trickle(@Res() res: Response): void {
    res
      .status(405)
      .setHeader('Allow', 'DELETE')
      .json({ code: 'BAD_REQUEST', message: 'Trickle ICE is not supported; the answer holds all candidates' });
  }

  @Options(':sessionId')
  preflight(@Res() res: Response): void {
    res.status(204).setHeader('Accept-Post', 'application/sdp').end();
  }
}
