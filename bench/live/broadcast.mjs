import { spawn } from 'node:child_process';

/**
 * The broadcast the RTP parts of the bench use: a 640x480 test pattern as VP8 at ~1 Mbit/s
 * (keyframe every 30 frames = 1 s) and a 64 kbit/s Opus tone, over plain RTP, as
 * docs/live-protocol.md shows for ffmpeg. The pattern carries moving noise: the bare test pattern
 * compresses to ~0.55 Mbit/s whatever -b:v says, and the worker's cost per viewer scales with the
 * packets it sends. ingestKbps() reports what the worker actually receives.
 */
export function sendTestPattern(video, audio) {
  const args = [
    '-hide_banner',
    '-loglevel',
    'error',
    '-re',
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=640x480:rate=30,noise=alls=12:allf=t+u',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:sample_rate=48000',
    '-map',
    '0:v',
    '-c:v',
    'libvpx',
    '-b:v',
    '1M',
    '-deadline',
    'realtime',
    '-cpu-used',
    '8',
    '-g',
    '30',
    '-pix_fmt',
    'yuv420p',
    '-ssrc',
    String(video.ssrc),
    '-payload_type',
    String(video.payloadType),
    '-f',
    'rtp',
    `rtp://${video.ip}:${video.port}?rtcpport=${video.rtcpPort}&pkt_size=1200`,
    '-map',
    '1:a',
    '-c:a',
    'libopus',
    '-b:a',
    '64k',
    '-ac',
    '2',
    '-ssrc',
    String(audio.ssrc),
    '-payload_type',
    String(audio.payloadType),
    '-f',
    'rtp',
    `rtp://${audio.ip}:${audio.port}?rtcpport=${audio.rtcpPort}&pkt_size=1200`,
  ];
  const p = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  p.stderr.on('data', (d) => process.stderr.write(`[ffmpeg] ${d}`));
  return p;
}

/** Video and audio bitrate (kbit/s, RTP bytes) the room's producers receive over `ms`, from mediasoup's producer stats. */
export async function ingestKbps(room, ms = 3000) {
  const bytes = async () => {
    const byKind = { video: 0, audio: 0 };
    for (const p of await room.producerStats()) byKind[p.view.kind] += p.stats.reduce((n, s) => n + (s.byteCount ?? 0), 0);
    return byKind;
  };
  const a = await bytes();
  await new Promise((r) => setTimeout(r, ms));
  const b = await bytes();
  const kbps = (kind) => Math.round(((b[kind] - a[kind]) * 8) / ms);
  return { video: kbps('video'), audio: kbps('audio') };
}
