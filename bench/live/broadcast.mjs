import { spawn } from 'node:child_process';

/**
 * The broadcast every part of the bench uses: 640x480 test pattern as VP8 at ~1 Mbit/s
 * (keyframe every 30 frames = 1 s) and a 64 kbit/s Opus tone, over plain RTP, as
 * docs/live-protocol.md shows for ffmpeg (same flags as test/support/ffmpeg.ts).
 */
export function sendTestPattern(video, audio) {
  const args = ['-hide_banner', '-loglevel', 'error', '-re', '-f', 'lavfi', '-i', 'testsrc=size=640x480:rate=30',
    '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
    '-map', '0:v', '-c:v', 'libvpx', '-b:v', '1M', '-deadline', 'realtime', '-cpu-used', '8', '-g', '30', '-pix_fmt', 'yuv420p',
    '-ssrc', String(video.ssrc), '-payload_type', String(video.payloadType),
    '-f', 'rtp', `rtp://${video.ip}:${video.port}?rtcpport=${video.rtcpPort}&pkt_size=1200`,
    '-map', '1:a', '-c:a', 'libopus', '-b:a', '64k', '-ac', '2',
    '-ssrc', String(audio.ssrc), '-payload_type', String(audio.payloadType),
    '-f', 'rtp', `rtp://${audio.ip}:${audio.port}?rtcpport=${audio.rtcpPort}&pkt_size=1200`];
  const p = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  p.stderr.on('data', (d) => process.stderr.write(`[ffmpeg] ${d}`));
  return p;
}
