import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@livefair/core';
import type { types } from 'mediasoup';
import { RouterCapabilities } from '../room/router-capabilities';

/**
 * Every room's router has the same RTP capabilities (ROUTER_CODECS). A viewer page fetches them
 * while its socket connects, so its mediasoup Device is loaded (~100 ms in a browser) by the time
 * room.join answers; room.join still returns them.
 */
@ApiTags('live')
@Controller('live')
@Public()
export class RouterCapabilitiesController {
  constructor(private readonly capabilities: RouterCapabilities) {}

  @Get('rtp-capabilities')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: "The routers' RTP capabilities (what room.join returns as routerRtpCapabilities)" })
  rtpCapabilities(): Promise<types.RtpCapabilities> {
    return this.capabilities.get();
  }
}
