import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@livefair/core';
import type { types } from 'mediasoup';
import { ROUTER_CODECS } from '../room/media-codecs';
import { WorkerPool } from './worker-pool';

/**
 * Every room's router has the same RTP capabilities (ROUTER_CODECS). A viewer page fetches them
 * while its socket connects, so its mediasoup Device is loaded (~100 ms in a browser) by the time
 * room.join answers; room.join still returns them.
 */
@ApiTags('live')
@Controller('live')
@Public()
export class RouterCapabilitiesController {
  private capabilities: Promise<types.RtpCapabilities> | null = null;

  constructor(private readonly pool: WorkerPool) {}

  @Get('rtp-capabilities')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: "The routers' RTP capabilities (what room.join returns as routerRtpCapabilities)" })
  rtpCapabilities(): Promise<types.RtpCapabilities> {
    this.capabilities ??= this.read().catch((err: unknown) => {
      this.capabilities = null;
      throw err;
    });
    return this.capabilities;
  }

  private async read(): Promise<types.RtpCapabilities> {
    const router = await this.pool.pick().worker.createRouter({ mediaCodecs: ROUTER_CODECS });
    try {
      return router.rtpCapabilities;
    } finally {
      router.close();
    }
  }
}
