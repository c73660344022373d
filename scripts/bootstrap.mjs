#!/usr/bin/env node
// LiveFair bootstrap: makes `npm start` / `npm test` work on a bare Debian machine.
//
//   node scripts/bootstrap.mjs <start|test|install|build> [-- extra args]
//
//   install  mediasoup worker + npm dependencies
//   build    install, then `npm run build` (skipped when sources are unchanged)
//   start    build, then run the all-in-one server (extra args are passed on)
//   test     build + system test tools (Chromium, ffmpeg, CJK fonts, redis-server),
//            then `npm run test:jest` (extra args are passed on)
//
// Dependency-free on purpose: it runs before node_modules exists.
// Environment: MEDIASOUP_WORKER_BIN (use this worker binary), LIVEFAIR_CACHE_DIR
// (default ~/.cache/livefair), LIVEFAIR_SKIP_APT=1 (never call apt; fail if a
// system tool is missing). See infra/mediasoup/README.md.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const T0 = Date.now();
const MODES = new Set(['start', 'test', 'install', 'build']);
const mode = process.argv[2];
const extraArgs = process.argv.slice(3).filter((a, i) => !(i === 0 && a === '--'));

const NODE_MODULES = path.join(ROOT, 'node_modules');
const DEPS_STAMP = path.join(NODE_MODULES, '.livefair-stamp');
const DIST = path.join(ROOT, 'dist');
const BUILD_STAMP = path.join(DIST, '.livefair-build-stamp');
const SERVER_ENTRY = path.join(DIST, 'apps', 'all-in-one', 'src', 'main.js');
const WORKER_SCRIPT = path.join(ROOT, 'infra', 'mediasoup', 'build-worker.sh');
const TEST_PACKAGES = [
  // [Debian package, file that proves it is usable]
  ['chromium', '/usr/bin/chromium'],
  ['ffmpeg', 'ffmpeg'],
  ['fonts-noto-cjk', null],
  // Emoji (the deal and ticker UI use a few) render as boxes without it.
  ['fonts-noto-color-emoji', null],
  ['redis-server', 'redis-server'],
];

// Environment handed to every child process (MEDIASOUP_WORKER_BIN is added here).
const childEnv = {
  ...process.env,
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  DEBIAN_FRONTEND: 'noninteractive',
};

// ---------------------------------------------------------------- utilities

const secs = (ms) => (ms / 1000).toFixed(1);
const log = (msg) => console.error(`[livefair] ${msg}`);

class StepError extends Error {}

async function step(name, fn) {
  const t = Date.now();
  try {
    const result = await fn();
    log(`${name}: ${result ?? 'ok'} (${secs(Date.now() - t)}s)`);
    return result;
  } catch (err) {
    log(`FAILED at step "${name}" after ${secs(Date.now() - t)}s: ${err?.message ?? err}`);
    if (!(err instanceof StepError) && err?.stack) console.error(err.stack);
    process.exit(1);
  }
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');
const readText = (file) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};
const readJson = (file) => {
  const text = readText(file);
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new StepError(`${path.relative(ROOT, file)} is not valid JSON: ${err.message}`);
  }
};
const isExecutableFile = (file) => {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (cmd) =>
  cmd.startsWith('/')
    ? isExecutableFile(cmd)
    : (process.env.PATH ?? '').split(':').some((dir) => dir && isExecutableFile(path.join(dir, cmd)));
function writeAtomic(file, content) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp.${process.pid}`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

// Signals: forward to the running child so that it can shut down cleanly, and
// exit with its code. A terminal's Ctrl-C already reaches the whole foreground
// process group, so SIGINT is only forwarded when there is no terminal.
let currentChild = null;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (currentChild && currentChild.exitCode === null && currentChild.signalCode === null) {
      if (sig !== 'SIGINT' || !process.stdin.isTTY) currentChild.kill(sig);
    } else {
      process.exit(128 + os.constants.signals[sig]);
    }
  });
}
process.on('exit', () => {
  if (currentChild && currentChild.exitCode === null && currentChild.signalCode === null) currentChild.kill('SIGTERM');
});

/** Runs a command; resolves to { code, signal }. stdin is closed unless asked. */
function run(cmd, args, { stdin = 'ignore', env = childEnv, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env,
      stdio: [stdin, quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    });
    currentChild = child;
    let output = '';
    if (quiet) {
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
    }
    child.on('error', (err) => {
      currentChild = null;
      reject(new StepError(`cannot run ${cmd}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      currentChild = null;
      resolve({ code: code ?? 128 + (os.constants.signals[signal] ?? 0), signal, output });
    });
  });
}
async function runOrFail(what, cmd, args, opts) {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) {
    if (opts?.quiet && r.output) console.error(r.output.slice(-8000));
    throw new StepError(`${what} exited with ${r.signal ?? `code ${r.code}`}`);
  }
  return r;
}

/** npm through the same npm that launched us when possible. */
function npm(args) {
  const execPath = process.env.npm_execpath;
  if (execPath && /npm-cli\.[cm]?js$/.test(execPath) && fs.existsSync(execPath)) {
    return [process.execPath, [execPath, ...args]];
  }
  return ['npm', args];
}

// ---------------------------------------------------------------- apt

function asRoot(cmd, args) {
  if (process.getuid?.() === 0) return [cmd, args];
  if (!onPath('sudo')) throw new StepError(`root is needed for "${cmd} ${args.join(' ')}": run as root or install sudo`);
  // -n: never wait for a password prompt when nobody can answer it
  return ['sudo', [...(process.stdin.isTTY ? [] : ['-n']), 'env', 'DEBIAN_FRONTEND=noninteractive', cmd, ...args]];
}

function debPackageInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.startsWith('ii');
}

async function aptInstall(packages) {
  if (process.env.LIVEFAIR_SKIP_APT === '1') {
    throw new StepError(`missing system packages ${packages.join(' ')} and LIVEFAIR_SKIP_APT=1`);
  }
  if (!onPath('apt-get')) {
    throw new StepError(`missing system packages ${packages.join(' ')}: install them (no apt-get on this machine)`);
  }
  const aptOpts = ['-y', '-qq', '-o', 'DPkg::Lock::Timeout=600', '-o', 'Dpkg::Use-Pty=0'];
  log(`apt-get update && apt-get install ${packages.join(' ')}`);
  await runOrFail('apt-get update', ...asRoot('apt-get', [...aptOpts, 'update']), { quiet: true });
  await runOrFail(`apt-get install ${packages.join(' ')}`, ...asRoot('apt-get', [...aptOpts, 'install', ...packages]), {
    quiet: true,
  });
}

// ---------------------------------------------------------------- mediasoup worker

function pinnedMediasoupVersion() {
  const lock = readJson(path.join(ROOT, 'package-lock.json'));
  const fromLock = lock?.packages?.['node_modules/mediasoup']?.version;
  const fromPkg = readJson(path.join(ROOT, 'package.json'))?.dependencies?.mediasoup;
  const version = fromLock ?? fromPkg;
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new StepError(`mediasoup must be pinned to an exact version in package.json (found "${version ?? 'nothing'}")`);
  }
  return version;
}

const cacheRoot = () => process.env.LIVEFAIR_CACHE_DIR || path.join(os.homedir(), '.cache', 'livefair');
const cachedWorkerBin = (version) => path.join(cacheRoot(), `mediasoup-worker-${version}`, 'mediasoup-worker');
const bundledWorkerBin = () => path.join(NODE_MODULES, 'mediasoup', 'worker', 'out', 'Release', 'mediasoup-worker');
const installedMediasoupVersion = () => readJson(path.join(NODE_MODULES, 'mediasoup', 'package.json'))?.version;

function githubReachable(timeoutMs = 3000) {
  return new Promise((resolve) => {
    let done = false;
    const finish = (ok) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.destroy();
      resolve(ok);
    };
    const req = https.request({ host: 'github.com', path: '/', method: 'HEAD', timeout: timeoutMs }, (res) => {
      res.resume();
      finish(true);
    });
    req.on('timeout', () => finish(false));
    req.on('error', () => finish(false));
    const timer = setTimeout(() => finish(false), timeoutMs);
    req.end();
  });
}

/**
 * Decides where the worker comes from. Returns { plan, bin, note }:
 *  plan 'ready'    - bin exists (MEDIASOUP_WORKER_BIN or the cache), export it
 *  plan 'bundled'  - node_modules/mediasoup already holds its own worker
 *  plan 'prebuilt' - GitHub is reachable: mediasoup's postinstall downloads it
 *  plan 'build'    - build offline into the cache after npm install
 */
async function planWorker(version) {
  const cacheBin = cachedWorkerBin(version);
  const given = process.env.MEDIASOUP_WORKER_BIN;
  if (given) {
    if (isExecutableFile(given)) return { plan: 'ready', bin: given, note: `MEDIASOUP_WORKER_BIN=${given}` };
    if (path.resolve(given) !== cacheBin) {
      throw new StepError(
        `MEDIASOUP_WORKER_BIN=${given} is not an executable file (unset it to let bootstrap provide the worker)`,
      );
    }
  }
  if (isExecutableFile(cacheBin)) return { plan: 'ready', bin: cacheBin, note: `cached ${cacheBin}` };
  const bundled = bundledWorkerBin();
  if (installedMediasoupVersion() === version && isExecutableFile(bundled) && !fs.lstatSync(bundled).isSymbolicLink()) {
    return { plan: 'bundled', bin: bundled, note: `mediasoup's own worker in node_modules` };
  }
  if (!given && (await githubReachable())) {
    return { plan: 'prebuilt', bin: bundled, note: 'github.com reachable: mediasoup downloads its prebuilt worker' };
  }
  return { plan: 'build', bin: cacheBin, note: `no GitHub, no cache: will build into ${cacheBin}` };
}

function useWorkerBin(bin) {
  childEnv.MEDIASOUP_WORKER_BIN = bin;
  // Also point mediasoup's default location at it (what its own postinstall
  // would have put there), so tools started without this bootstrap find it.
  const link = bundledWorkerBin();
  if (!fs.existsSync(path.join(NODE_MODULES, 'mediasoup', 'package.json')) || bin === link) return;
  try {
    const st = fs.lstatSync(link, { throwIfNoEntry: false });
    if (st && !st.isSymbolicLink()) return; // a real binary: leave it
    if (st && fs.readlinkSync(link) === bin) return;
    fs.mkdirSync(path.dirname(link), { recursive: true });
    const tmp = `${link}.tmp.${process.pid}`;
    fs.symlinkSync(bin, tmp);
    fs.renameSync(tmp, link);
  } catch (err) {
    log(`note: could not link ${path.relative(ROOT, link)}: ${err.message}`);
  }
}

async function buildWorker(version) {
  if (!onPath('bash')) throw new StepError('bash is required to build the mediasoup worker');
  await runOrFail('infra/mediasoup/build-worker.sh', 'bash', [WORKER_SCRIPT], {
    env: { ...childEnv, LIVEFAIR_MEDIASOUP_VERSION: version },
  });
  const bin = cachedWorkerBin(version);
  if (!isExecutableFile(bin)) throw new StepError(`build-worker.sh finished but ${bin} is missing`);
  return bin;
}

// ---------------------------------------------------------------- npm dependencies

function depsFingerprint() {
  const lockText = readText(path.join(ROOT, 'package-lock.json'));
  const pkg = readJson(path.join(ROOT, 'package.json')) ?? {};
  const depFields = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'overrides', 'allowScripts'];
  return JSON.stringify({
    lock: lockText === null ? null : sha256(lockText),
    pkg: sha256(JSON.stringify(depFields.map((f) => pkg[f] ?? null))),
    node: process.versions.modules,
    arch: `${process.platform}-${process.arch}`,
  });
}

function depsFresh(version) {
  return fs.existsSync(NODE_MODULES) && readText(DEPS_STAMP) === depsFingerprint() && installedMediasoupVersion() === version;
}

async function installDeps() {
  const lockFile = path.join(ROOT, 'package-lock.json');
  const lockBefore = readText(lockFile);
  if (lockBefore === null) log('warning: no package-lock.json, npm install will create one');
  // `npm ci` rejects this lockfile on this registry (per-platform optional
  // packages it does not carry); `npm install` with the lockfile resolves the same tree.
  const [cmd, args] = npm(['install', '--no-audit', '--no-fund', '--prefer-offline']);
  await runOrFail('npm install', cmd, args);
  const lockAfter = readText(lockFile);
  if (lockBefore !== null && lockAfter !== lockBefore) {
    log('warning: npm install changed package-lock.json; review and commit it, or restore it with git');
  }
  writeAtomic(DEPS_STAMP, depsFingerprint());
}

// ---------------------------------------------------------------- build

const BUILD_ROOT_FILES = /^(tsconfig.*\.json|package(-lock)?\.json|nest-cli\.json|vite\.config\.[cm]?[jt]s|index\.html)$/;
const BUILD_SKIP_DIRS = new Set(['node_modules', 'dist', '.git', 'coverage', '.bootstrap']);

function sourceFingerprint() {
  const hash = createHash('sha256');
  let files = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!BUILD_SKIP_DIRS.has(e.name)) walk(full);
      } else if (e.isFile() || e.isSymbolicLink()) {
        const st = fs.statSync(full, { throwIfNoEntry: false });
        if (!st) continue;
        hash.update(`${path.relative(ROOT, full)}\0${st.size}\0${st.mtimeMs}\n`);
        files++;
      }
    }
  };
  walk(path.join(ROOT, 'apps'));
  walk(path.join(ROOT, 'libs'));
  for (const name of fs.readdirSync(ROOT).sort()) {
    if (!BUILD_ROOT_FILES.test(name)) continue;
    const st = fs.statSync(path.join(ROOT, name));
    hash.update(`${name}\0${st.size}\0${st.mtimeMs}\n`);
    files++;
  }
  hash.update(`node ${process.version}`);
  return { digest: hash.digest('hex'), files };
}

async function buildIfNeeded() {
  const scripts = readJson(path.join(ROOT, 'package.json'))?.scripts ?? {};
  if (!scripts.build) throw new StepError('package.json has no "build" script');
  const before = sourceFingerprint();
  if (fs.existsSync(DIST) && readText(BUILD_STAMP) === before.digest) {
    return `up to date (${before.files} files unchanged), skipped`;
  }
  const [cmd, args] = npm(['run', 'build']);
  await runOrFail('npm run build', cmd, args);
  // Stamp what was built; an edit made during the build changes the next fingerprint.
  writeAtomic(BUILD_STAMP, before.digest);
  return `built (${before.files} source files)`;
}

// ---------------------------------------------------------------- main

async function main() {
  if (!MODES.has(mode)) {
    console.error('usage: node scripts/bootstrap.mjs <start|test|install|build> [-- args]');
    process.exit(2);
  }
  log(`${mode}: node ${process.version}, ${ROOT}`);

  const version = await step('mediasoup version', () => pinnedMediasoupVersion());
  const worker = await step('mediasoup worker plan', async () => {
    const w = await planWorker(version);
    if (w.plan === 'ready' || w.plan === 'build') childEnv.MEDIASOUP_WORKER_BIN = w.bin;
    return Object.assign(w, { toString: () => w.note });
  });

  await step('npm dependencies', async () => {
    const fresh = depsFresh(version);
    if (fresh && worker.plan !== 'prebuilt') {
      return 'up to date, skipped';
    }
    if (fresh) {
      // deps are in place but mediasoup's worker is not: rerun its postinstall only
      const [cmd, args] = npm(['rebuild', 'mediasoup']);
      const r = await run(cmd, args);
      if (r.code === 0 && isExecutableFile(bundledWorkerBin())) return 'mediasoup postinstall rerun';
      log('mediasoup could not fetch its prebuilt worker; falling back to the offline build');
      worker.plan = 'build';
      worker.bin = cachedWorkerBin(version);
      childEnv.MEDIASOUP_WORKER_BIN = worker.bin;
      return 'up to date (worker will be built)';
    }
    try {
      await installDeps();
    } catch (err) {
      if (worker.plan !== 'prebuilt') throw err;
      // The prebuilt download (or mediasoup's networked fallback build) failed:
      // retry with the postinstall skipped and build the worker ourselves.
      log(`${err.message}; retrying with the offline mediasoup worker build`);
      worker.plan = 'build';
      worker.bin = cachedWorkerBin(version);
      childEnv.MEDIASOUP_WORKER_BIN = worker.bin;
      await installDeps();
    }
    if (worker.plan === 'prebuilt' && !isExecutableFile(bundledWorkerBin())) {
      log('npm install finished without a mediasoup worker; falling back to the offline build');
      worker.plan = 'build';
      worker.bin = cachedWorkerBin(version);
      childEnv.MEDIASOUP_WORKER_BIN = worker.bin;
    }
    return 'installed';
  });

  await step('mediasoup worker', async () => {
    if (installedMediasoupVersion() !== version) {
      throw new StepError(
        `node_modules/mediasoup is ${installedMediasoupVersion() ?? 'missing'}, package-lock.json pins ${version}`,
      );
    }
    if (worker.plan === 'build') {
      log(`building mediasoup-worker ${version} offline (several minutes on 2 cores)`);
      worker.bin = await buildWorker(version);
    }
    if (worker.plan === 'ready' || worker.plan === 'build') useWorkerBin(worker.bin);
    if (!isExecutableFile(worker.bin)) throw new StepError(`no mediasoup worker at ${worker.bin}`);
    return worker.bin;
  });

  if (mode === 'install') return finish(0);

  if (mode === 'test') {
    await step('test system packages', async () => {
      const missing = TEST_PACKAGES.filter(([pkg, file]) => {
        const fileOk = file === null || onPath(file);
        const hasDpkg = onPath('dpkg-query');
        return !(fileOk && (!hasDpkg || debPackageInstalled(pkg)));
      }).map(([pkg]) => pkg);
      if (missing.length === 0) return `${TEST_PACKAGES.map(([pkg]) => pkg).join(', ')} present`;
      await aptInstall(missing);
      const still = TEST_PACKAGES.filter(([, file]) => file && !onPath(file)).map(([pkg]) => pkg);
      if (still.length) throw new StepError(`still missing after apt-get: ${still.join(' ')}`);
      return `installed ${missing.join(' ')}`;
    });
  }

  await step('build', () => buildIfNeeded());

  if (mode === 'build') return finish(0);

  if (mode === 'start') {
    if (!fs.existsSync(SERVER_ENTRY)) {
      log(`FAILED: the build did not produce ${path.relative(ROOT, SERVER_ENTRY)}`);
      process.exit(1);
    }
    log(`starting ${path.relative(ROOT, SERVER_ENTRY)} (setup took ${secs(Date.now() - T0)}s)`);
    const r = await run(process.execPath, [SERVER_ENTRY, ...extraArgs], { stdin: 'inherit' });
    process.exit(r.code);
  }

  // test
  const scripts = readJson(path.join(ROOT, 'package.json'))?.scripts ?? {};
  if (!scripts['test:jest']) {
    log('FAILED: package.json has no "test:jest" script');
    process.exit(1);
  }
  log(`running npm run test:jest (setup took ${secs(Date.now() - T0)}s)`);
  const [cmd, args] = npm(['run', 'test:jest', ...(extraArgs.length ? ['--', ...extraArgs] : [])]);
  const r = await run(cmd, args, { stdin: 'inherit' });
  if (r.code !== 0) log(`tests failed (exit ${r.signal ?? r.code})`);
  process.exit(r.code);
}

function finish(code) {
  log(`${mode} done in ${secs(Date.now() - T0)}s`);
  process.exit(code);
}

main().catch((err) => {
  log(`FAILED: ${err?.stack ?? err}`);
  process.exit(1);
});
