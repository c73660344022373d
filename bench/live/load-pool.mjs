import { fork } from 'node:child_process';
import { asHarness, track, stop } from './procs.mjs';
import { cpuSeconds, cpuWindow } from './cpu.mjs';

const SCRIPT = new URL('./load-proc.mjs', import.meta.url).pathname;

/** A set of load processes (load-proc.mjs), each holding its share of the WebRTC viewers. */
export class LoadPool {
  constructor(size) {
    this.procs = Array.from({ length: size }, () => {
      const prof = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
      const child = asHarness(
        track(
          fork(SCRIPT, [], {
            execArgv: prof,
            stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
            env: { ...process.env, DEBUG: '' },
          }),
        ),
      );
      const waiting = new Map();
      child.on('message', (m) => waiting.get(m.id)?.(m));
      let seq = 0;
      const call = (msg, ms = 120_000) =>
        new Promise((resolve, reject) => {
          const id = ++seq;
          const t = setTimeout(() => reject(new Error(`load process: ${msg.cmd} timed out`)), ms);
          waiting.set(id, (m) => {
            clearTimeout(t);
            waiting.delete(id);
            m.type === 'error' ? reject(new Error(m.error)) : resolve(m);
          });
          child.send({ id, ...msg });
        });
      return { child, call, held: 0 };
    });
  }

  get pids() {
    return this.procs.map((p) => p.child.pid);
  }

  /**
   * Adds `count` viewers spread round-robin over the processes: sockets connect first, then viewer g
   * emits room.join at `spreadMs * g / count` after a common start. Returns every viewer's marks.
   */
  async addViewers({
    url,
    token,
    sessionId,
    count,
    spreadMs = 0,
    pids = {},
    dropAfterKeyframe = false,
    onPrepared = async () => {},
  }) {
    const shares = this.procs.map((_, p) =>
      Array.from({ length: count }, (_, g) => g).filter((g) => g % this.procs.length === p),
    );
    await Promise.all(
      this.procs.map(
        (p, i) => shares[i].length && p.call({ cmd: 'prepare', url, token, count: shares[i].length, dropAfterKeyframe }),
      ),
    );
    await onPrepared();
    const at = Date.now() + 300;
    const monoAt = Number(process.hrtime.bigint() / 1000n) + 300_000; // µs on CLOCK_MONOTONIC, V8 CPU profiles' clock
    const cpu0 = this.pids.map((pid) => cpuSeconds(pid));
    const all = { ...pids, ...Object.fromEntries(this.pids.map((pid, i) => [`load${i}`, pid])) };
    const whole = cpuWindow(all);
    this.joinSeries = [];
    let slice = cpuWindow(all);
    const sampler = setInterval(() => {
      const w = slice();
      slice = cpuWindow(all);
      const load = Object.entries(w.cores)
        .filter(([k]) => k.startsWith('load'))
        .reduce((n, [, c]) => n + c, 0);
      this.joinSeries.push({
        ...Object.fromEntries(Object.entries(w.cores).filter(([k]) => !k.startsWith('load'))),
        load,
        others: w.others,
      });
    }, 500);
    const replies = await Promise.all(
      this.procs.map((p, i) =>
        shares[i].length
          ? p.call({ cmd: 'join', sessionId, at, offsets: shares[i].map((g) => (spreadMs * g) / count) })
          : { results: [] },
      ),
    );
    clearInterval(sampler);
    this.joinCpu = whole();
    // For reading the join out of a server profile (BENCH_PROFILE_DIR): its samples carry the same clock.
    this.joinWindowUs = [monoAt, Number(process.hrtime.bigint() / 1000n)];
    const secs = (Date.now() - at) / 1000;
    this.joinCpuPct = this.pids.map((pid, i) => ((cpuSeconds(pid) - cpu0[i]) / secs) * 100);
    this.procs.forEach((p, i) => (p.held += shares[i].length));
    return replies.flatMap((r) => r.results);
  }

  /** Received/expected RTP over all viewers, per-viewer video counts, and each process's CPU seconds. */
  async snapshot() {
    const snaps = await Promise.all(this.procs.map((p) => p.call({ cmd: 'snapshot' })));
    const total = (kind, key) => snaps.reduce((n, s) => n + s[kind][key], 0);
    return {
      video: { received: total('video', 'received'), expected: total('video', 'expected') },
      audio: { received: total('audio', 'received'), expected: total('audio', 'expected') },
      perViewerVideo: snaps.flatMap((s) => s.perViewerVideo),
      cpu: this.pids.map((pid) => cpuSeconds(pid)),
    };
  }

  async close() {
    await Promise.all(this.procs.map((p) => p.call({ cmd: 'close' }, 5000).catch(() => null)));
    await Promise.all(this.procs.map((p) => stop(p.child, 3000)));
  }
}

/** Loss and CPU between two snapshots (for a measurement window). */
export function windowStats(a, b, seconds) {
  const recv = b.video.received - a.video.received + b.audio.received - a.audio.received;
  const exp = b.video.expected - a.video.expected + b.audio.expected - a.audio.expected;
  const silent = b.perViewerVideo.filter((n, i) => n - (a.perViewerVideo[i] ?? 0) === 0).length;
  return {
    lossPct: exp > 0 ? (Math.max(0, exp - recv) / exp) * 100 : 0,
    silentViewers: silent,
    procCpuPct: b.cpu.map((c, i) => ((c - a.cpu[i]) / seconds) * 100),
    packets: recv,
  };
}
