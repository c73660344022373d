import { Injectable } from '@nestjs/common';
import type { types } from 'mediasoup';
import { WorkerPool } from '../sfu/worker-pool';
import { ROUTER_CODECS } from './media-codecs';

/**
 * Every room's router has the same RTP capabilities (ROUTER_CODECS), read once from a router
 * made for the purpose: for pages that load their Device early (GET /live/rtp-capabilities)
 * and for viewers who join before a room has a router.
 */
@Injectable()
export class RouterCapabilities {
  private capabilities: Promise<types.RtpCapabilities> | null = null;

  constructor(private readonly pool: WorkerPool) {}

  get(): Promise<types.RtpCapabilities> {
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
