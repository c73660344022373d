import { rmSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Everything the bench starts, so it can all be stopped on the way out (also on errors and Ctrl+C). */
const children = new Set();
const dirs = new Set();
const closers = new Set();

export function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
/**
 * The harness's receivers (WebRTC load processes, the SRTP sink) run at a lower priority: on a
 * saturated 2-core machine they yield to what is measured (the server, its mediasoup worker) and to
 * the broadcaster feeding it, instead of starving ffmpeg into losing packets before the worker.
 */
export function asHarness(child) {
  setPriority(child.pid, 10);
  return child;
}

export const trackDir = (dir) => (dirs.add(dir), dir);
export const onCleanup = (fn) => closers.add(fn);

/** Ask a child to exit, then SIGKILL it after `ms`. */
export function stop(child, ms = 5000, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(() => child.kill('SIGKILL'), ms);
    child.once('exit', () => (clearTimeout(t), resolve()));
    child.kill(signal);
  });
}

export async function cleanupAll() {
  for (const fn of closers)
    await Promise.resolve()
      .then(fn)
      .catch(() => {});
  closers.clear();
  await Promise.all([...children].map((c) => stop(c, 3000)));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs.clear();
}

function lastResort() {
  for (const c of children) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
process.once('exit', lastResort);
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => cleanupAll().finally(() => process.exit(130)));
