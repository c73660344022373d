/**
 * Audience per worker. Runs the real server in this process (dist build, one mediasoup worker) so
 * that SRTP PlainTransport viewers can be added through SfuRoom; real WebRTC viewers (load
 * processes, our socket.io protocol) come first, then SRTP viewers in steps until loss >= 1 %,
 * a viewer gets nothing, or the worker passes 80 % of a core. Sends the result to the parent over IPC.
 */
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBroadcast } from './server.mjs';
import { ingestKbps, sendTestPattern } from './broadcast.mjs';
import { LoadPool, windowStats } from './load-pool.mjs';
import { PlainViewers } from './plain-viewers.mjs';
import { cpuSeconds, cpuWindow, udpDrops } from './cpu.mjs';
import { cleanupAll, onCleanup, track, trackDir } from './procs.mjs';
import { log, round, sleep } from './stats.mjs';

const require = createRequire(import.meta.url);
const dist = (p) => require(new URL(`../../dist/${p}`, import.meta.url).pathname);
const WEBRTC = Number(process.env.BENCH_RAMP_WEBRTC ?? 50);
const WEBRTC_PROCS = Number(process.env.BENCH_RAMP_WEBRTC_PROCS ?? 2);
const MAX = Number(process.env.BENCH_RAMP_MAX ?? 600);
const CPU_LIMIT = 80;
const LOSS_LIMIT = 1;
const START = Number(process.env.BENCH_RAMP_START ?? 0); // SRTP viewers before the first measurement
const STEP = Number(process.env.BENCH_RAMP_STEP ?? 0); // fixed step; 0 = 50/25/10 by CPU
const WINDOW_MS = Number(process.env.BENCH_RAMP_WINDOW_MS ?? 6000);

/** A step that does not finish in time stops the ramp with a reason instead of hanging the bench. */
const STEP_TIMEOUT_MS = 60_000;
function within(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new StallError(what)), STEP_TIMEOUT_MS)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
class StallError extends Error {}

/** What the worker's producers got from ffmpeg: packets and sequence gaps (loss before any fan-out). */
async function ingestCounters(room) {
  const all = (await room.producerStats()).flatMap((p) => p.stats);
  return { packets: all.reduce((n, s) => n + (s.packetCount ?? 0), 0), lost: all.reduce((n, s) => n + (s.packetsLost ?? 0), 0) };
}

async function main() {
  const dataDir = process.env.BENCH_DATA_DIR ?? trackDir(mkdtempSync(join(tmpdir(), 'lf-bench-'))); // the parent's, when run by run.mjs
  Object.assign(process.env, { DATA_DIR: dataDir, HTTP_PORT: '0', MEDIASOUP_WORKERS: '1' });
  const { loadConfig } = dist('libs/core/src/config/load-config.js');
  const { startAllInOne } = dist('apps/all-in-one/src/start-all-in-one.js');
  const { RoomRegistry, WorkerPool } = dist('libs/live/src/index.js');
  const { app, url } = await startAllInOne(loadConfig(process.env), undefined, false);
  onCleanup(() => app.close());
  const workerPid = app.get(WorkerPool).all()[0].pid;
  const b = await openBroadcast(url);
  const ffmpeg = track(sendTestPattern(b.ingest.video, b.ingest.audio));
  const room = app.get(RoomRegistry).get(b.sessionId);
  log(
    `ramp: in-process server ${url}, worker pid ${workerPid}; ${WEBRTC} WebRTC viewers first, then SRTP PlainTransport viewers`,
  );

  const pool = new LoadPool(WEBRTC_PROCS);
  onCleanup(() => pool.close());
  const plain = new PlainViewers();
  await plain.start();
  onCleanup(() => plain.stop());
  await sleep(2000);
  const kbps = await ingestKbps(room);
  log(`ramp: broadcast received by the worker: video ${kbps.video} kbit/s, audio ${kbps.audio} kbit/s`);
  if (WEBRTC > 0) {
    const joined = await pool.addViewers({ url, token: b.buyer, sessionId: b.sessionId, count: WEBRTC, spreadMs: 2000 });
    const failed = joined.filter((r) => r.error).length;
    if (failed) throw new Error(`${failed} of ${WEBRTC} WebRTC viewers did not get video: ${joined.find((r) => r.error).error}`);
  }

  if (START > 0) await plain.add(room, START);
  let best = null;
  let stop = `no limit reached by ${MAX} viewers`;
  /** The promise's value, or null (and the ramp's stop reason set) when it stalls. */
  const guarded = async (promise, what, viewers) => {
    try {
      return await within(promise, what);
    } catch (err) {
      if (!(err instanceof StallError)) throw err;
      stop = `stalled at ${viewers} viewers: ${err.message} took over ${STEP_TIMEOUT_MS / 1000} s`;
      log(`ramp: ${stop}`);
      return null;
    }
  };
  const steps = [];
  for (let step = 0; ; step++) {
    const total = WEBRTC + plain.count;
    if (step > 0) {
      const last = steps[steps.length - 1];
      const add = STEP || (last.cpu < 50 ? 50 : last.cpu < 65 ? 25 : 10);
      if (total + add > MAX) break;
      const [t, c] = [performance.now(), cpuSeconds(workerPid)];
      if (
        !(await guarded(
          plain.add(room, add).then(() => true),
          `adding ${add} SRTP viewers`,
          total,
        ))
      )
        break;
      const secs = (performance.now() - t) / 1000;
      if (secs > 5)
        log(
          `ramp: adding ${add} SRTP viewers took ${round(secs)} s (worker ${round(((cpuSeconds(workerPid) - c) / secs) * 100)} % of a core meanwhile)`,
        );
    }
    await sleep(2500); // new consumers wait for the next keyframe (1 s GOP)
    const held = WEBRTC + plain.count;
    const pids = {
      worker: workerPid,
      server: process.pid,
      sink: plain.sink.pid,
      ffmpeg: ffmpeg.pid,
      ...Object.fromEntries(pool.pids.map((pid, i) => [`load${i}`, pid])),
    };
    const ingestPorts = [b.ingest.video.port, b.ingest.audio.port];
    const measure = async () => [await pool.snapshot(), await plain.snapshot(), await ingestCounters(room)];
    const before = await guarded(measure(), 'reading counters', held);
    if (!before) break;
    const [w0, p0, i0] = before;
    const [c0, t0, d0] = [cpuSeconds(workerPid), performance.now(), udpDrops(ingestPorts)];
    const machine = cpuWindow(pids);
    await sleep(WINDOW_MS);
    const after = await guarded(measure(), 'reading counters', held);
    if (!after) break;
    const [w1, p1, i1] = after;
    const [c1, t1, d1] = [cpuSeconds(workerPid), performance.now(), udpDrops(ingestPorts)];
    const { others, machine: busy } = machine();
    const ingestLoss = ((i1.lost - i0.lost) / Math.max(1, i1.packets - i0.packets + i1.lost - i0.lost)) * 100;
    const secs = (t1 - t0) / 1000;
    const cpu = ((c1 - c0) / secs) * 100;
    const web = windowStats(w0, w1, secs);
    const pw = PlainViewers.window(p0, p1, plain.ssrcsByViewer);
    const webExpected = w1.video.expected - w0.video.expected + w1.audio.expected - w0.audio.expected;
    const webLost = (web.lossPct / 100) * webExpected;
    const rawLoss = ((pw.lost + webLost) / Math.max(1, pw.expected + webExpected)) * 100;
    const loss = ((Math.max(0, pw.lost - pw.sinkDrops) + webLost) / Math.max(1, pw.expected + webExpected)) * 100;
    const silent = pw.silent + web.silentViewers;
    const sinkCpu = ((p1.cpu - p0.cpu) / secs) * 100;
    steps.push({
      viewers: held,
      cpu: round(cpu),
      loss: round(loss, 3),
      rawLoss: round(rawLoss, 3),
      silent,
      ingestLoss: round(ingestLoss, 3),
      others: round(others, 2),
      busy: round(busy, 2),
    });
    log(
      `ramp: ${held} viewers (${WEBRTC} WebRTC + ${plain.count} SRTP): worker ${round(cpu)} % of a core, loss ${round(loss, 3)} %` +
        ` (WebRTC ${round(web.lossPct, 3)} %, SRTP ${round((pw.lost / Math.max(1, pw.expected)) * 100, 3)} % incl. ${pw.sinkDrops} drops at the sink's own sockets),` +
        ` silent ${silent}; lost before the worker (ffmpeg -> ingest, producer stats) ${round(ingestLoss, 3)} % (${d1 - d0} kernel drops at the worker's ingest sockets);` +
        ` sink ${round(sinkCpu, 0)} %, load processes ${web.procCpuPct.map((c) => round(c, 0)).join('/')} %, rest of the machine ${round(others, 2)} cores, machine busy ${round(busy, 2)} of 2 cores`,
    );
    const why = [loss >= LOSS_LIMIT && 'loss', silent > 0 && 'silent viewers', cpu > CPU_LIMIT && 'worker cpu'].filter(Boolean);
    if (why.length) {
      stop = `${why.join(' + ')} at ${held} viewers (worker ${round(cpu)} %, machine busy ${round(busy, 2)} of 2 cores)`;
      break;
    }
    best = { viewers_per_worker: held, worker_cpu_pct_at_max: round(cpu), loss_pct_at_max: round(loss, 3) };
  }
  return {
    ...(best ?? { viewers_per_worker: 0, worker_cpu_pct_at_max: null, loss_pct_at_max: null }),
    ramp_broadcast_kbps: [kbps.video, kbps.audio],
    ramp_webrtc_viewers: WEBRTC,
    ramp_stop: stop,
    ramp_steps: steps,
  };
}

main()
  .then(async (result) => {
    await cleanupAll();
    process.send?.({ type: 'result', result });
    process.exit(0);
  })
  .catch(async (err) => {
    process.stderr.write(`ramp failed: ${err?.stack ?? err}\n`);
    await cleanupAll();
    process.send?.({ type: 'error', error: String(err?.message ?? err) });
    process.exit(1);
  });
