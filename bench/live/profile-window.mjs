/**
 * Reads a window out of a V8 CPU profile (the server's, from BENCH_PROFILE_DIR): CPU time by
 * function (self) and by package or project lib, between two CLOCK_MONOTONIC µs stamps (the
 * bench logs the join window as `join window (µs, CLOCK_MONOTONIC) <from> <to>`).
 * Usage: node bench/live/profile-window.mjs <file.cpuprofile> <fromUs> <toUs> [top=40] [inclusive=regex]
 */
import { readFileSync } from 'node:fs';

const [file, fromArg, toArg, topArg = '40', inclusiveArg] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const from = Number(fromArg);
const to = Number(toArg);
const top = Number(topArg);

const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const where = (cf) => {
  const url = cf.url || '';
  const m = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url) ?? /dist\/(libs\/[^/]+\/src\/[^/]+|apps\/[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return 'node';
  return url ? url.replace(/^.*\//, '') : `(${cf.functionName || 'native'})`;
};
const label = (cf) => `${cf.functionName || '(anonymous)'} ${where(cf)}:${cf.lineNumber + 1}`;

const self = new Map();
const byPkg = new Map();
const incl = new Map();
const inclusive = inclusiveArg ? new RegExp(inclusiveArg) : null;
const sorted = prof.timeDeltas.filter((d) => d > 0).sort((a, b) => a - b);
const interval = sorted[Math.floor(sorted.length / 2)] ?? 1000; // the sampling interval (median gap)
let t = prof.startTime;
let total = 0;
let idle = 0;
for (let i = 0; i < prof.samples.length; i++) {
  const dt = prof.timeDeltas[i] ?? 0;
  t += dt;
  if (t < from || t > to) continue;
  // One sample per profiler tick that found the thread running: counting ticks, not the time to the
  // next sample, keeps a thread descheduled on a crowded machine from inflating whatever ran last.
  const next = interval;
  const n = nodes.get(prof.samples[i]);
  const cf = n.callFrame;
  if (cf.functionName === '(idle)') {
    idle += next;
    continue;
  }
  total += next;
  self.set(label(cf), (self.get(label(cf)) ?? 0) + next);
  // A sample's package: the innermost frame that is not node's own or native.
  let pkg = where(cf);
  const seen = new Set();
  for (let k = n.id; k !== undefined; k = parent.get(k)) {
    const f = nodes.get(k).callFrame;
    if (pkg === 'node' || pkg.startsWith('(')) pkg = where(f) === 'node' || where(f).startsWith('(') ? pkg : where(f);
    if (inclusive) {
      const l = label(f);
      if (inclusive.test(l) && !seen.has(l)) {
        seen.add(l);
        incl.set(l, (incl.get(l) ?? 0) + next);
      }
    }
  }
  byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + next);
}
const ms = (us) => (us / 1000).toFixed(1);
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(v).padStart(8)} ms  ${k}`);
};
console.log(`window ${ms(to - from)} ms: busy ${ms(total)} ms, idle ${ms(idle)} ms (samples x ${interval} µs)`);
print('by package (innermost non-node frame)', byPkg);
print('self time by function', self);
if (inclusive) print(`inclusive time of frames matching ${inclusive}`, incl);
