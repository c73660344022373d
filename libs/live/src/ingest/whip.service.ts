import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@livefair/core';
import { IngestGate } from './ingest-gate';
import { buildWhipAnswer, parseWhipOffer } from './whip-offer';

/** WHIP (RFC 9725) ingest: an encoder POSTs an offer with the session's stream key and becomes its publisher. */
@Injectable()
export class WhipService {
  private readonly logger = new Logger('Whip');

  constructor(
    private readonly gate: IngestGate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  publish(sessionId: string, streamKey: string, offerSdp: string): Promise<{ resourceId: string; answer: string }> {
    return this.gate.open(sessionId, streamKey, 'whip', async ({ room, resourceId, peerId, watch }) => {
      const offer = parseWhipOffer(offerSdp, room.rtpCapabilities, this.config.liveMedia.maxTracksPerKind);
      const transport = await room.createWebRtcTransport(peerId, 'send');
      watch(transport);
      await room.connectTransport(peerId, transport.id, { ...offer.dtlsParameters, role: 'client' });
      for (const track of offer.tracks) {
        await room.produce(peerId, transport.id, track.kind, track.rtpParameters, 'whip');
      }
      transport.on('dtlsstatechange', (state) => {
        if (state === 'failed' || state === 'closed') this.gate.drop(resourceId, `DTLS ${state}`);
      });
      // ICE-lite without consent checks: this fires only when the last TCP path closes; a UDP publisher
      // that vanished is caught by the watchdog's byte counters instead.
      transport.on('icestatechange', (state) => {
        if (state === 'disconnected' || state === 'closed') this.gate.drop(resourceId, `ICE ${state}`);
      });
      this.logger.log(`WHIP publisher ${resourceId} on session ${sessionId} (${offer.tracks.map((t) => t.kind).join('+')})`);
      return { resourceId, answer: buildWhipAnswer(transport, offer.tracks) };
    });
  }

  unpublish(sessionId: string, streamKey: string, resourceId: string): Promise<void> {
    return this.gate.close(sessionId, streamKey, resourceId);
  }
}
