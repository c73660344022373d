/**
 * npm run bench:live — join burst, browser first frame, audience per worker, overhead vs a bare
 * mediasoup router. Progress lines as it goes; the last stdout line is one JSON object.
 * Knobs (env): BENCH_VIEWERS (100), BENCH_PROCS (4), BENCH_BROWSERS (5), BENCH_JOIN_ROUNDS (4), BENCH_RAMP_WEBRTC (50),
 * BENCH_RAMP_MAX (600), BENCH_BROWSER_PAGE (auto|app|bench), BENCH_PARTS (all|first-frame|overhead),
 * BENCH_PROFILE_DIR (CPU profiles of the servers and load processes; profile-window.mjs reads a join out of one).
 * Join CPU: server_cpu_per_join_vs_bare is the raw ratio (all server CPU over the join window, per viewer);
 * server_cpu_per_join_vs_bare_marginal takes each server's idle CPU over an equal window off first (joinFigures).
 * Each side's RTP burst is repeated (1 + BENCH_JOIN_ROUNDS bursts of the same viewers, each after the last
 * one's viewers left): the join figures are ratios of each side's medians; the first burst's (cold code) are
 * kept beside them as *_first_burst.
 */
import { fork } from 'node:child_process';
import { startBare, startServer, openBroadcast, openSession } from './server.mjs';
import { startWhipPublisher } from './whip-publisher.mjs';
import { sendTestPattern } from './broadcast.mjs';
import { joinBurstAndHold, spacedTtff } from './join-burst.mjs';
import { browserViewers } from './browser.mjs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupAll, stop, track, trackDir } from './procs.mjs';
import { loadAvg1 } from './cpu.mjs';
import { log, percentile, ratio, round, sleep } from './stats.mjs';

const VIEWERS = Number(process.env.BENCH_VIEWERS ?? 100);
const PROCS = Number(process.env.BENCH_PROCS ?? 4);
const BROWSERS = Number(process.env.BENCH_BROWSERS ?? 5);
/** BENCH_JOIN_ROUNDS: further RTP join bursts per side after the first (its hold included), for the join figures' medians. */
const JOIN_ROUNDS = Number(process.env.BENCH_JOIN_ROUNDS ?? 4);
/** BENCH_PARTS=first-frame: only the WHIP first-frame part (quick iterations); the full run is the default. */
const ONLY_FIRST_FRAME = process.env.BENCH_PARTS === 'first-frame';
/** BENCH_PARTS=overhead: only the 100-viewer hold through the project and through the bare router. */
const ONLY_OVERHEAD = process.env.BENCH_PARTS === 'overhead';

/**
 * First frame with a broadcaster that answers keyframe requests (Chromium over WHIP, as the studio
 * and OBS are): spaced viewers, the 100-viewer burst, real Chromium viewers.
 */
async function firstFramePart(server) {
  const s = await openSession(server.url);
  const pub = await startWhipPublisher(server.url, s.sessionId, s.streamKey);
  try {
    const pids = { server: server.pid, worker: server.workerPid };
    const spaced = await spacedTtff({ label: 'project/WHIP', url: server.url, token: s.buyer, sessionId: s.sessionId });
    const burst = await joinBurstAndHold({
      label: 'project/WHIP',
      url: server.url,
      token: s.buyer,
      sessionId: s.sessionId,
      workerPid: server.workerPid,
      pids,
      viewers: VIEWERS,
      procs: PROCS,
      hold: false,
    });
    const page = process.env.BENCH_BROWSER_PAGE ?? 'auto';
    const browser = BROWSERS > 0 ? await browserViewers({ url: server.url, sessionId: s.sessionId, count: BROWSERS, page }) : {};
    let benchPage = {};
    if (BROWSERS > 0 && browser.browser_page === 'app') {
      // Same media path without the app's page: separates page/app cost from SFU + keyframe wait.
      const r = await browserViewers({ url: server.url, sessionId: s.sessionId, count: BROWSERS, page: 'bench' });
      benchPage = {
        ttff_browser_bench_page_p50_ms: r.ttff_browser_p50_ms,
        ttff_browser_bench_page_all_ms: r.ttff_browser_all_ms,
      };
    }
    const encoder = await pub.stats();
    log(`WHIP publisher: ${encoder.keyFrames} keyframes encoded for ${encoder.pli} PLI + ${encoder.fir} FIR received`);
    return { burst, spaced, browser, benchPage, encoder };
  } finally {
    await pub.stop();
  }
}

/** The same burst and then a hold at 100 viewers with ffmpeg over RTP, the publisher the bare router gets too. */
async function rtpPart(server) {
  const b = await openBroadcast(server.url);
  const ffmpeg = track(sendTestPattern(b.ingest.video, b.ingest.audio));
  await sleep(3000);
  try {
    const pids = { server: server.pid, worker: server.workerPid, ffmpeg: ffmpeg.pid };
    const burst = (round) =>
      joinBurstAndHold({
        label: round ? `project/RTP round ${round}` : 'project/RTP',
        url: server.url,
        token: b.buyer,
        sessionId: b.sessionId,
        workerPid: server.workerPid,
        pids,
        viewers: VIEWERS,
        procs: PROCS,
        hold: !round,
      });
    return await withRounds(burst);
  } finally {
    await stop(ffmpeg);
  }
}

/**
 * The first burst (with its hold), then JOIN_ROUNDS more: `rounds` holds every burst's summary
 * (the first one's included), for joinFigures' medians.
 */
async function withRounds(burst) {
  const first = await burst(0);
  const rounds = [first];
  for (let i = 1; i <= JOIN_ROUNDS; i++) rounds.push(await burst(i));
  return { ...first, rounds };
}

async function projectPart() {
  const server = await startServer();
  log(`project server ${server.url} (pid ${server.pid}), mediasoup worker pid ${server.workerPid} (${server.workerBin})`);
  try {
    if (ONLY_OVERHEAD) return { rtp: await rtpPart(server), workerBin: server.workerBin };
    const whip = await firstFramePart(server);
    if (ONLY_FIRST_FRAME) return { ...whip, workerBin: server.workerBin };
    const rtp = await rtpPart(server);
    return { ...whip, rtp, workerBin: server.workerBin };
  } finally {
    await server.stop();
  }
}

async function barePart(workerBin) {
  const bare = await startBare(workerBin);
  log(`bare mediasoup router ${bare.url}, worker pid ${bare.workerPid} (${bare.workerBin})`);
  const ffmpeg = track(sendTestPattern(bare.ingest.video, bare.ingest.audio));
  await sleep(3000);
  try {
    const pids = { server: bare.pid, worker: bare.workerPid, ffmpeg: ffmpeg.pid };
    return await withRounds((round) =>
      joinBurstAndHold({
        label: round ? `bare round ${round}` : 'bare',
        url: bare.url,
        token: null,
        sessionId: 'bare',
        workerPid: bare.workerPid,
        pids,
        viewers: VIEWERS,
        procs: PROCS,
        hold: !round,
      }),
    );
  } finally {
    await stop(ffmpeg);
    await bare.stop();
  }
}

function rampPart() {
  const dataDir = trackDir(mkdtempSync(join(tmpdir(), 'lf-bench-')));
  const child = track(
    fork(new URL('./ramp.mjs', import.meta.url).pathname, [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, BENCH_DATA_DIR: dataDir },
    }),
  );
  return new Promise((resolve, reject) => {
    child.on('message', (m) => (m.type === 'result' ? resolve(m.result) : reject(new Error(m.error))));
    child.once(
      'exit',
      (code, signal) =>
        code !== 0 &&
        reject(new Error(`ramp process ended (${signal ? `signal ${signal}, not sent by the bench` : `exit code ${code}`})`)),
    );
  });
}

/**
 * The RTP join burst against the bare script's. server_cpu_per_join_vs_bare is the raw ratio: all the
 * server's CPU over the join window (from the first room.join to the last viewer's first keyframe)
 * per viewer, idle work included. The _marginal figures take off what each server spent idle over a
 * window as long (measured over the 3 s before its burst): the project's server runs timers the bare
 * script has not (viewer counts, stream health, the analytics roll-up, flash-deal sweeps).
 */
const joinFigures = (r, bare) => {
  const median = (side, key) =>
    percentile(
      side.rounds.map((x) => x[key]).filter((v) => typeof v === 'number'),
      50,
    );
  const all = (side, key) => side.rounds.map((x) => x[key]);
  return {
    server_cpu_per_join_vs_bare: ratio(median(r, 'server_cpu_ms_per_viewer_join'), median(bare, 'server_cpu_ms_per_viewer_join')),
    server_cpu_per_join_vs_bare_marginal: ratio(
      median(r, 'server_cpu_ms_per_viewer_join_marginal'),
      median(bare, 'server_cpu_ms_per_viewer_join_marginal'),
    ),
    ttff_rtp_vs_bare: ratio(median(r, 'ttff_p50_ms'), median(bare, 'ttff_p50_ms')),
    join_rounds: r.rounds.length,
    // Each burst's figures, the first (cold code; the definition before rounds) first.
    server_cpu_ms_per_viewer_join_rounds_project: all(r, 'server_cpu_ms_per_viewer_join'),
    server_cpu_ms_per_viewer_join_rounds_bare: all(bare, 'server_cpu_ms_per_viewer_join'),
    ttff_rtp_p50_ms_rounds_project: all(r, 'ttff_p50_ms'),
    ttff_rtp_p50_ms_rounds_bare: all(bare, 'ttff_p50_ms'),
    server_cpu_per_join_vs_bare_first_burst: ratio(r.server_cpu_ms_per_viewer_join, bare.server_cpu_ms_per_viewer_join),
    ttff_rtp_vs_bare_first_burst: ratio(r.ttff_p50_ms, bare.ttff_p50_ms),
    server_cpu_ms_per_viewer_join_project: median(r, 'server_cpu_ms_per_viewer_join'),
    server_cpu_ms_per_viewer_join_bare: median(bare, 'server_cpu_ms_per_viewer_join'),
    server_cpu_ms_per_viewer_join_marginal_project_bare: [
      median(r, 'server_cpu_ms_per_viewer_join_marginal'),
      median(bare, 'server_cpu_ms_per_viewer_join_marginal'),
    ],
    server_idle_cpu_pct_project_bare: [r.server_idle_cpu_pct, bare.server_idle_cpu_pct],
    join_window_s_project_bare: [r.join_window_s, bare.join_window_s],
  };
};

async function main() {
  log(
    `live bench: load average ${loadAvg1()} at start; ${VIEWERS} WebRTC viewers over ${PROCS} load processes, ${BROWSERS} Chromium viewers`,
  );
  const project = await projectPart();
  if (ONLY_FIRST_FRAME) {
    const { burst, spaced, browser, encoder } = project;
    return {
      ttff_p50_ms: burst.ttff_p50_ms,
      ttff_p95_ms: burst.ttff_p95_ms,
      ttff_browser_p50_ms: browser.ttff_browser_p50_ms ?? null,
      burst,
      spaced,
      browser,
      encoder,
    };
  }
  const bare = await barePart(project.workerBin);
  if (ONLY_OVERHEAD) {
    const r = project.rtp;
    return {
      cpu_per_viewer_vs_bare: round(r.workerCpuPct / bare.workerCpuPct, 2),
      cpu_per_packet_vs_bare: round(r.workerCpuPct / r.pps / (bare.workerCpuPct / bare.pps), 2),
      worker_cpu_pct_100_project_bare: [round(r.workerCpuPct), round(bare.workerCpuPct)],
      rtp_pps_per_viewer_project_bare: [round(r.pps, 0), round(bare.pps, 0)],
      ...joinFigures(r, bare),
    };
  }
  const ramp = await rampPart();
  const p = project.burst; // WHIP publisher
  const r = project.rtp; // ffmpeg over RTP, like the bare router
  const result = {
    ttff_p50_ms: p.ttff_p50_ms,
    ttff_p95_ms: p.ttff_p95_ms,
    ttff_browser_p50_ms: project.browser.ttff_browser_p50_ms ?? null,
    viewers_per_worker: ramp.viewers_per_worker,
    worker_cpu_pct_at_max: ramp.worker_cpu_pct_at_max,
    loss_pct_at_max: ramp.loss_pct_at_max,
    cpu_per_viewer_vs_bare: round(r.workerCpuPct / bare.workerCpuPct, 2),
    // ffmpeg's packet rate moves between runs (121-141 RTP packets/s per viewer): per packet is steadier.
    cpu_per_packet_vs_bare: round(r.workerCpuPct / r.pps / (bare.workerCpuPct / bare.pps), 2),
    ttff_failed: p.failed,
    ttff_publisher: 'Chromium over WHIP, VP8 640x480 <= 1 Mbit/s + Opus, keyframes on request',
    ttff_spaced_p50_ms: project.spaced.ttff,
    ttff_spaced_connected_p50_ms: project.spaced.connected,
    ttff_joined_p50_ms: p.joined_p50_ms,
    ttff_resumed_p50_ms: p.resumed_p50_ms,
    ttff_connected_p50_ms: p.connected_p50_ms,
    ttff_keyframe_after_connect_p50_ms: p.keyframe_after_connect_p50_ms,
    whip_keyframes_pli_fir: [project.encoder.keyFrames, project.encoder.pli, project.encoder.fir],
    ttff_rtp_p50_ms: r.ttff_p50_ms,
    ttff_rtp_p95_ms: r.ttff_p95_ms,
    ttff_rtp_failed: r.failed,
    ttff_bare_p50_ms: bare.ttff_p50_ms,
    ttff_bare_p95_ms: bare.ttff_p95_ms,
    connected_rtp_p50_ms: r.connected_p50_ms,
    connected_bare_p50_ms: bare.connected_p50_ms,
    // Issue 15's targets: the hardened join within 1.3x of the bare script's CPU, the RTP burst within 1.15x.
    ...joinFigures(r, bare),
    ttff_browser_all_ms: project.browser.ttff_browser_all_ms,
    browser_page_open_to_picture_p50_ms: project.browser.page_open_to_picture_p50_ms ?? null,
    server_cpu_ms_per_viewer_join_whip_burst: p.server_cpu_ms_per_viewer_join,
    browser_page: project.browser.browser_page,
    ...project.benchPage,
    worker_cpu_pct_100_project: round(r.workerCpuPct),
    worker_cpu_pct_100_bare: round(bare.workerCpuPct),
    worker_cpu_pct_idle_project: round(r.idleCpuPct),
    worker_cpu_pct_idle_bare: round(bare.idleCpuPct),
    rtp_pps_per_viewer_project_bare: [round(r.pps, 0), round(bare.pps, 0)],
    loss_pct_100_project: round(r.lossPct, 3),
    loss_pct_100_bare: round(bare.lossPct, 3),
    load_proc_cpu_pct_join_max: p.load_proc_cpu_pct_join_max,
    load_proc_cpu_pct_hold_max: round(r.loadProcCpuPct, 0),
    ramp_broadcast_kbps_video_audio: ramp.ramp_broadcast_kbps,
    ramp_webrtc_viewers: ramp.ramp_webrtc_viewers,
    ramp_stop: ramp.ramp_stop,
    ramp_steps_viewers_cpu_loss_ingestloss: ramp.ramp_steps.map((s) => [s.viewers, s.cpu, s.loss, s.ingestLoss]),
    other_cores_join_project: round(r.joinOthersCores, 2),
    other_cores_hold_project: round(r.othersCores, 2),
    other_cores_hold_bare: round(bare.othersCores, 2),
    other_cores_ramp_max: round(Math.max(...ramp.ramp_steps.map((s) => s.others ?? 0)), 2),
    load_avg_1m_start_end: null,
  };
  return result;
}

const startLoad = loadAvg1();
main()
  .then(async (result) => {
    await cleanupAll();
    result.load_avg_1m_start_end = [startLoad, loadAvg1()];
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  })
  .catch(async (err) => {
    process.stderr.write(`live bench failed: ${err?.stack ?? err}\n`);
    await cleanupAll();
    process.exit(1);
  });
