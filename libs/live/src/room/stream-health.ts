import type { StreamHealthView } from '@livefair/protocol';
import type { SfuRoom } from './sfu-room';

/** What the studio shows as stream health: per producer bitrate, loss and the simulcast layers arriving. */
export async function streamHealth(room: SfuRoom): Promise<StreamHealthView> {
  const all = await room.producerStats();
  return {
    producers: all.map(({ view, stats }) => {
      const bitrateBps = stats.reduce((n, s) => n + (s.bitrate ?? 0), 0);
      const packets = stats.reduce((n, s) => n + (s.packetCount ?? 0), 0);
      const lost = stats.reduce((n, s) => n + (s.packetsLost ?? 0), 0);
      return {
        ...view,
        bitrateBps,
        packetLossPct: packets + lost > 0 ? Math.round((lost / (packets + lost)) * 1000) / 10 : 0,
        layers:
          view.kind === 'video'
            ? stats.map((s) => ({ rid: s.rid ?? null, bitrateBps: s.bitrate ?? 0, score: s.score ?? 0 }))
            : [],
      };
    }),
  };
}
