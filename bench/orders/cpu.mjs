// CPU time of processes during the burst, from /proc (Linux): the servers (by pid), MariaDB and
// Redis (by name; they are shared, so others' work there counts too) and this process. Tells which
// process limits the figures on a small machine where all of them share the cores.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** USER_HZ: /proc counts CPU time in these (100 on Linux). */
const clockTicks = 100;

const ticksOf = (pid) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]); // utime + stime (fields 14 and 15)
  } catch {
    return null;
  }
};

const pidsNamed = (names) => {
  const out = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (names.includes(readFileSync(`/proc/${d}/comm`, 'utf8').trim())) out.push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  return out;
};

/** Starts measuring `named` processes ({ label: pid }) plus MariaDB and Redis; `stop()` gives each one's CPU in % of one core. */
export function cpuMeter(named) {
  const groups = {
    ...Object.fromEntries(Object.entries(named).map(([k, pid]) => [k, [pid]])),
    mariadb: pidsNamed(['mariadbd', 'mysqld']),
    redis: pidsNamed(['redis-server']),
  };
  const sum = (pids) => pids.reduce((n, p) => n + (ticksOf(p) ?? 0), 0);
  const start = Object.fromEntries(Object.entries(groups).map(([k, pids]) => [k, sum(pids)]));
  const t0 = performance.now();
  return {
    stop() {
      const s = (performance.now() - t0) / 1000;
      return Object.fromEntries(
        Object.entries(groups).map(([k, pids]) => [k, Math.round((100 * (sum(pids) - start[k])) / clockTicks / s)]),
      );
    },
  };
}
