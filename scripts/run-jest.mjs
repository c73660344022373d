#!/usr/bin/env node
/**
 * The jest part of `npm test`, in two passes so a full run fits CI's time on 2 cores:
 *   1. the suites that only talk to the app, MariaDB and Redis, on JEST_WORKERS (2) workers;
 *   2. the suites that drive Chromium, ffmpeg or live media, or start processes of their own,
 *      one after another (--runInBand), with the machine to themselves as before.
 * A suite is in the second pass when its source imports one of SERIAL_MARKERS or carries
 * `@serial` in a comment (for a suite whose timing needs a quiet machine). Both passes always
 * run; the exit code is the first failing pass's.
 * With arguments (`npm test -- <jest args>`) this is plain `jest --runInBand <args>`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const JEST = fileURLToPath(new URL('../node_modules/jest/bin/jest.js', import.meta.url));
const WORKERS = Number(process.env.JEST_WORKERS ?? 2);

/** What puts a suite in the serial pass: browsers, media tools, processes of its own. */
const SERIAL_MARKERS = [
  /from '\.\/support\/(browser|demo-browser|live-pages|whip-page|ffmpeg|live-media|deal-cluster)'/,
  /from '(node:)?child_process'/,
  /@serial\b/,
];

const isSerial = (source) => SERIAL_MARKERS.some((re) => re.test(source));

/** One jest run; none for an empty list (`--runTestsByPath` with no paths would run every suite). */
function jest(args, files) {
  if (files && !files.length) return { code: 0, secs: 0 };
  if (files) args = [...args, '--runTestsByPath', ...files];
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [JEST, ...args], { cwd: ROOT, stdio: 'inherit' });
  return { code: r.status ?? 1, secs: Math.round((Date.now() - t0) / 1000) };
}

function main(extra) {
  if (extra.length) return jest(['--runInBand', ...extra]).code;
  const listed = spawnSync(process.execPath, [JEST, '--listTests'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) {
    process.stderr.write(listed.stderr);
    return listed.status ?? 1;
  }
  const files = listed.stdout.split('\n').filter(Boolean).sort();
  if (!files.length) {
    console.error('run-jest: jest found no test files');
    return 1;
  }
  const serial = [];
  const parallel = [];
  for (const f of files) (isSerial(readFileSync(f, 'utf8')) ? serial : parallel).push(f);
  console.log(`run-jest: ${parallel.length} suites on ${WORKERS} workers, then ${serial.length} one at a time`);
  const a = jest([`--maxWorkers=${WORKERS}`], parallel);
  const b = jest(['--runInBand'], serial);
  console.log(`run-jest: parallel pass exit ${a.code} in ${a.secs} s; serial pass exit ${b.code} in ${b.secs} s`);
  return a.code || b.code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
