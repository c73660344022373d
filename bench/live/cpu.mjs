import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { sleep } from './stats.mjs';

const TICKS = 100; // USER_HZ on Linux

/** utime+stime of a process in seconds, from /proc/<pid>/stat. */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

/** Percent of one core a process used over `ms`. */
export async function cpuPct(pid, ms) {
  const c0 = cpuSeconds(pid);
  const t0 = performance.now();
  await sleep(ms);
  return ((cpuSeconds(pid) - c0) / ((performance.now() - t0) / 1000)) * 100;
}

/** The mediasoup-worker children of a process (the app spawns them itself). */
export function workerPids(parentPid) {
  try {
    return execFileSync('pgrep', ['-P', String(parentPid), '-f', 'mediasoup-worker'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

export const loadAvg1 = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/** Busy jiffies of the whole machine (all cores), from /proc/stat. */
export function machineBusySeconds() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + f[4];
  return (f.reduce((a, b) => a + b, 0) - idle) / TICKS;
}

/**
 * Cores used over a window: by the given processes (label -> pid) and by everything else on the
 * machine (other engineers' work on a shared box), to tell a slow figure from a crowded machine.
 */
export function cpuWindow(pids) {
  const safe = (pid) => {
    try {
      return cpuSeconds(pid);
    } catch {
      return 0;
    }
  };
  const start = {
    t: performance.now(),
    m: machineBusySeconds(),
    p: Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, safe(pid)])),
  };
  return () => {
    const secs = (performance.now() - start.t) / 1000;
    const mine = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, (safe(pid) - start.p[k]) / secs]));
    const ours = Object.values(mine).reduce((a, b) => a + b, 0);
    return {
      secs,
      cores: mine,
      others: Math.max(0, (machineBusySeconds() - start.m) / secs - ours),
      machine: (machineBusySeconds() - start.m) / secs,
    };
  };
}

/** Kernel receive drops (receive buffer full) of the UDP sockets bound to these ports, from /proc/net/udp. */
export function udpDrops(ports, addrs = ['00000000', '0100007F']) {
  const hex = new Set(ports.flatMap((p) => addrs.map((a) => `${a}:${p.toString(16).toUpperCase().padStart(4, '0')}`)));
  return readFileSync('/proc/net/udp', 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length > 12 && hex.has(f[1]))
    .reduce((n, f) => n + Number(f[f.length - 1]), 0);
}
