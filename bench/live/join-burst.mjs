import { LoadPool, windowStats } from './load-pool.mjs';
import { cpuPct, cpuWindow } from './cpu.mjs';
import { log, percentile, round, sleep } from './stats.mjs';

/**
 * `viewers` WebRTC viewers over `procs` load processes join within `spreadMs`; then, with all of
 * them held, the worker's CPU over `windowMs`. Used for the project's server and for the bare router.
 */
export async function joinBurstAndHold({
  label,
  url,
  token,
  sessionId,
  workerPid,
  pids,
  viewers,
  procs,
  spreadMs = 1000,
  windowMs = 15_000,
  hold = true,
}) {
  // The broadcast alone, before anyone joins: the worker's CPU, and the server's (its timers; the bare script has none).
  const idle = cpuWindow({ worker: workerPid, server: pids.server });
  await sleep(3000);
  const { cores: idleCores } = idle();
  const idleCpu = idleCores.worker * 100;
  const serverIdleCpuPct = (idleCores.server ?? 0) * 100;
  const pool = new LoadPool(procs);
  try {
    // Without a hold, viewers stop decrypting media once they have their keyframe (the server keeps sending).
    const results = await pool.addViewers({ url, token, sessionId, count: viewers, spreadMs, pids, dropAfterKeyframe: !hold });
    const failed = results.filter((r) => r.error);
    const ok = results.filter((r) => !r.error);
    const q = (key, p) =>
      round(
        percentile(
          ok.map((r) => r.marks[key]).filter((v) => v !== undefined),
          p,
        ),
        0,
      );
    const summary = {
      ttff_p50_ms: q('keyframe', 50),
      ttff_p95_ms: q('keyframe', 95),
      joined_p50_ms: q('joined', 50),
      resumed_p50_ms: q('resumed', 50),
      connected_p50_ms: q('connected', 50),
      resumed_p95_ms: q('resumed', 95),
      connected_p95_ms: q('connected', 95),
      keyframe_after_connect_p50_ms: round(
        percentile(
          ok.map((r) => r.marks.keyframe - r.marks.connected),
          50,
        ),
        0,
      ),
      failed: failed.length,
      server_cpu_ms_per_viewer_join: round(((pool.joinCpu.cores.server ?? 0) * pool.joinCpu.secs * 1000) / viewers, 1),
      // The same minus what the server spends idle over a window as long (its timers; the bare script has
      // none), from the 3 s just before the join: the CPU the joins themselves cost.
      server_cpu_ms_per_viewer_join_marginal: round(
        (Math.max(0, (pool.joinCpu.cores.server ?? 0) - serverIdleCpuPct / 100) * pool.joinCpu.secs * 1000) / viewers,
        1,
      ),
      server_idle_cpu_pct: round(serverIdleCpuPct, 2),
      join_window_s: round(pool.joinCpu.secs, 2),
      load_proc_cpu_pct_join_max: round(Math.max(...pool.joinCpuPct), 0),
    };
    log(
      `${label}: ${viewers} viewers joined in ${spreadMs} ms: first keyframe p50 ${summary.ttff_p50_ms} ms, p95 ${summary.ttff_p95_ms} ms` +
        ` (join ack p50 ${summary.joined_p50_ms}, all consumers resumed p50 ${summary.resumed_p50_ms}/p95 ${summary.resumed_p95_ms},` +
        ` DTLS connected p50 ${summary.connected_p50_ms}/p95 ${summary.connected_p95_ms}, keyframe after connect p50 ${summary.keyframe_after_connect_p50_ms});` +
        ` ${failed.length} failed`,
    );
    const series = (k) =>
      pool.joinSeries
        .slice(0, 12)
        .map((x) => round(x[k], 1))
        .join(' ');
    log(
      `${label}: join phase CPU (cores, 0.5 s slices) server ${series('server')} | worker ${series('worker')} | load processes ${series('load')} | rest of the machine ${series('others')}`,
    );
    log(
      `${label}: join phase load processes ${pool.joinCpuPct.map((c) => round(c, 0)).join('/')} % of a core each on average; rest of the machine ${round(pool.joinCpu.others, 2)} cores;` +
        ` signalling server ${summary.server_cpu_ms_per_viewer_join} ms CPU per viewer over ${summary.join_window_s} s` +
        ` (the server idle before the join: ${summary.server_idle_cpu_pct} % of a core; less that over the window:` +
        ` ${summary.server_cpu_ms_per_viewer_join_marginal} ms per viewer)`,
    );
    const steps = [
      'joined',
      'deviceLoaded',
      'transportCreated',
      'consumeAcked',
      'consumerCreated',
      'resumed',
      'connected',
      'keyframe',
    ];
    log(`${label}: join window (µs, CLOCK_MONOTONIC) ${pool.joinWindowUs.join(' ')}`);
    log(`${label}: p50 ms from room.join emit: ${steps.map((k) => `${k} ${q(k, 50)}`).join(', ')}`);
    for (const f of failed.slice(0, 3)) {
      log(
        `${label}: failed viewer (transport ${f.transportId ?? 'none'}): ${f.error}; reached ${
          Object.entries(f.marks)
            .map(([k, v]) => `${k} ${round(v, 0)}`)
            .join(', ') || 'nothing'
        }`,
      );
    }
    if (!hold) return summary;
    await sleep(3000);
    const a = await pool.snapshot();
    const machine = cpuWindow({ ...pids, ...Object.fromEntries(pool.pids.map((pid, i) => [`load${i}`, pid])) });
    const slices = [];
    for (let i = 0; i < 3; i++) slices.push(await cpuPct(workerPid, windowMs / 3));
    const cpu = percentile(slices, 50); // median of three slices: one stall of the shared box does not decide it
    const b = await pool.snapshot();
    const others = machine().others;
    const w = windowStats(a, b, windowMs / 1000);
    const pps = w.packets / viewers / (windowMs / 1000);
    log(
      `${label}: holding ${viewers}: worker ${round(cpu)} % of a core (slices ${slices.map((c) => round(c)).join('/')}; idle with the broadcast only ${round(idleCpu)} %),` +
        ` ${round(pps, 0)} RTP packets/s per viewer, loss ${round(w.lossPct, 2)} %, silent viewers ${w.silentViewers},` +
        ` load processes ${w.procCpuPct.map((c) => round(c, 0)).join('/')} % each; rest of the machine ${round(others, 2)} cores`,
    );
    return {
      ...summary,
      pps,
      othersCores: others,
      joinOthersCores: pool.joinCpu.others,
      workerCpuPct: cpu,
      idleCpuPct: idleCpu,
      lossPct: w.lossPct,
      silent: w.silentViewers,
      loadProcCpuPct: Math.max(...w.procCpuPct),
    };
  } finally {
    await pool.close();
  }
}

/** The floor without contention: `count` viewers joining one per second, each alone. */
export async function spacedTtff({ label, url, token, sessionId, count = 10 }) {
  const pool = new LoadPool(1);
  try {
    const results = (
      await pool.addViewers({ url, token, sessionId, count, spreadMs: count * 1000, dropAfterKeyframe: true })
    ).filter((r) => !r.error);
    const p50 = (k) =>
      round(
        percentile(
          results.map((r) => r.marks[k]),
          50,
        ),
        0,
      );
    log(
      `${label}: ${count} viewers one per second: first keyframe p50 ${p50('keyframe')} ms (all consumers resumed p50 ${p50('resumed')}, DTLS connected p50 ${p50('connected')})`,
    );
    return { ttff: p50('keyframe'), connected: p50('connected') };
  } finally {
    await pool.close();
  }
}
