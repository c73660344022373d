import { ChildProcess, spawn, spawnSync } from 'node:child_process';

export interface RtpTargetLike {
  ip: string;
  port: number;
  rtcpPort: number;
  payloadType: number;
  ssrc: number;
  /** Seal with SRTP (the ingest's answer when asked with `srtp: true`). */
  srtp?: { cryptoSuite: string; keyBase64: string } | null;
}

function rtpOutput(t: RtpTargetLike): string[] {
  const url = `${t.ip}:${t.port}?rtcpport=${t.rtcpPort}&pkt_size=1200`;
  if (!t.srtp) return ['-f', 'rtp', `rtp://${url}`];
  return ['-f', 'rtp', '-srtp_out_suite', t.srtp.cryptoSuite, '-srtp_out_params', t.srtp.keyBase64, `srtp://${url}`];
}

/** Debian's ffmpeg; `npm test` installs it when missing. */
export function requireFfmpeg(): void {
  const r = spawnSync('ffmpeg', ['-hide_banner', '-version'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error('This test needs ffmpeg. Run `npm test`, which installs it (apt-get install ffmpeg).');
}

/**
 * Sends a 640x480 test pattern as VP8 (~1 Mbit/s) and a tone as Opus over RTP,
 * as a factory might from OBS-less hardware or a script.
 */
export function sendTestPattern(video: RtpTargetLike, audio: RtpTargetLike | null): ChildProcess {
  const args = ['-hide_banner', '-loglevel', 'error', '-re', '-f', 'lavfi', '-i', 'testsrc=size=640x480:rate=30'];
  if (audio) args.push('-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000');
  args.push(
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
    ...rtpOutput(video),
  );
  if (audio) {
    args.push(
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
      ...rtpOutput(audio),
    );
  }
  return spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

export function stopProcess(p: ChildProcess | null | undefined): Promise<void> {
  if (!p || p.exitCode !== null || p.signalCode) return Promise.resolve();
  return new Promise((resolve) => {
    p.once('exit', () => resolve());
    p.kill('SIGKILL');
  });
}
