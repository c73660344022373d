import { loadConfig } from '@livefair/core';
import { ChatMessage } from '@livefair/live/entities/chat-message.entity';
import { randomUUID } from 'node:crypto';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { DataSource } from 'typeorm';
import { startAllInOne } from '../apps/all-in-one/src/start-all-in-one';
import { httpClient } from './support/http';
// The module objects themselves, so the test can count the calls that replace the database file.
import fs = require('node:fs');
import fsp = require('node:fs/promises');

/** Rows of `sql` in the embedded database file as it is on disk now (null: no file yet). */
async function onDisk(file: string, sql: string): Promise<unknown[][] | null> {
  if (!existsSync(file)) return null;
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(file));
  try {
    return db.exec(sql)[0]?.values ?? [];
  } finally {
    db.close();
  }
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const embedded = (dataDir: string, saveMs: string) =>
  loadConfig({ DATA_DIR: dataDir, MEDIASOUP_WORKERS: '1', DEMO_DATA: 'false', LOG_LEVEL: 'silent', EMBEDDED_SAVE_MS: saveMs });

const chatRow = (sessionId: string, i: number) =>
  ({
    sessionId,
    userId: randomUUID(),
    displayName: '观众',
    text: `第 ${i} 条 👍`,
    deletedAt: null,
    deletedBy: null,
  }) as Partial<ChatMessage>;

describe('embedded database file (saved in batches, durably)', () => {
  it('saves a burst of 50 chat messages with a few file replacements, not one per message', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lf-emb-save-'));
    const file = join(dataDir, 'livefair.sqlite');
    const replaced: string[] = [];
    const renameSync = jest.spyOn(fs, 'renameSync');
    const rename = jest.spyOn(fsp, 'rename');
    const { app } = await startAllInOne(embedded(dataDir, '200'), 0, false);
    try {
      const messages = app.get(DataSource).getRepository(ChatMessage);
      const sessionId = randomUUID();
      // One after another, as a busy room's messages arrive (the ChatService's write).
      for (let i = 0; i < 50; i++) await messages.save(messages.create(chatRow(sessionId, i)));
      await until(
        () => onDisk(file, `SELECT COUNT(*) FROM chat_messages WHERE sessionId = '${sessionId}'`),
        (rows) => rows !== null && rows[0][0] === 50,
      );
      for (const call of [...renameSync.mock.calls, ...rename.mock.calls])
        if (String(call[1]) === file) replaced.push(String(call[0]));
      // Start-up (migrations) and the burst: each a save or two, however many statements they ran.
      expect(replaced.length).toBeGreaterThanOrEqual(1);
      expect(replaced.length).toBeLessThanOrEqual(4);
    } finally {
      renameSync.mockRestore();
      rename.mockRestore();
      await app.close();
    }
  });

  it('holds a write for the save window and saves it at a graceful close', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lf-emb-save-'));
    const file = join(dataDir, 'livefair.sqlite');
    const { app, url } = await startAllInOne(embedded(dataDir, '60000'), 0, false);
    let closed = false;
    try {
      const reg = await httpClient(url).post('/api/auth/register', {
        email: 'late@example.cn',
        password: 'save-later-1',
        displayName: '晚存',
        role: 'buyer',
      });
      expect(reg.status).toBe(201);
      // Well inside the 60 s window: not written yet (today's engine wrote the whole file at once).
      expect(await onDisk(file, "SELECT email FROM users WHERE email = 'late@example.cn'")).toEqual(null);
      await app.close();
      closed = true;
      expect(await onDisk(file, "SELECT email FROM users WHERE email = 'late@example.cn'")).toEqual([['late@example.cn']]);
    } finally {
      if (!closed) await app.close();
    }
  });
});

const entry = join(__dirname, '..', 'dist', 'apps', 'all-in-one', 'src', 'main.js');

/** The built all-in-one process (README command 1) on `dataDir`; resolves once it prints its URL. */
function startBuilt(dataDir: string, saveMs: string): Promise<{ proc: ChildProcess; url: string }> {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: dataDir,
    HTTP_PORT: '0',
    MEDIASOUP_WORKERS: '1',
    DEMO_DATA: 'false',
    EMBEDDED_SAVE_MS: saveMs,
  };
  const proc = spawn(process.execPath, [entry], {
    env: {
      ...env,
      LIVEFAIR_CACHE_DIR: process.env.LIVEFAIR_CACHE_DIR ?? '',
      MEDIASOUP_WORKER_BIN: process.env.MEDIASOUP_WORKER_BIN ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed in 30 s:\n${out}`)), 30_000);
    proc.once('exit', (code) => reject(new Error(`exited with ${code}:\n${out}`)));
    const poll = setInterval(() => {
      const m = /Open:\s+(http:\/\/\S+)/.exec(out);
      if (!m) return;
      clearInterval(poll);
      clearTimeout(timer);
      proc.removeAllListeners('exit');
      resolve({ proc, url: m[1] });
    }, 50);
  });
}

const kill = (proc: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (proc.exitCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });

const stopWith = (proc: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<number | null>((resolve) => {
    proc.once('exit', (code) => resolve(code));
    proc.kill(signal);
  });

describe('embedded database file when the process stops', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('is saved on %s, well inside the save window', async (signal) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lf-emb-stop-'));
    const file = join(dataDir, 'livefair.sqlite');
    const { proc, url } = await startBuilt(dataDir, '60000');
    const email = `${signal.toLowerCase()}@example.cn`;
    try {
      const reg = await httpClient(url).post('/api/auth/register', {
        email,
        password: 'stop-pass-1',
        displayName: '停机',
        role: 'buyer',
      });
      expect(reg.status).toBe(201);
    } finally {
      expect(await stopWith(proc, signal)).toBe(0);
    }
    expect(await onDisk(file, `SELECT email FROM users WHERE email = '${email}'`)).toEqual([[email]]);
  });

  it('is a complete database after SIGKILL mid-write, holding every write acknowledged with EMBEDDED_SAVE_MS=0', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lf-emb-kill-'));
    const file = join(dataDir, 'livefair.sqlite');
    const acknowledged: string[] = [];
    for (let round = 0; round < 3; round++) {
      const { proc, url } = await startBuilt(dataDir, '0');
      const http = httpClient(url);
      let n = 0;
      const writer = async (w: number) => {
        for (;;) {
          const email = `kill${round}-${w}-${n++}@example.cn`;
          const r = await http
            .post('/api/auth/register', { email, password: 'kill-pass-1', displayName: '断电', role: 'buyer' })
            .catch(() => null);
          if (!r) return; // the process is gone
          if (r.status === 201) acknowledged.push(email);
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      await until(
        async () => acknowledged.length,
        (count) => count >= (round + 1) * 6,
      );
      await kill(proc);
      await Promise.all(writers);

      expect(await onDisk(file, 'PRAGMA integrity_check')).toEqual([['ok']]);
      const stored = new Set(((await onDisk(file, 'SELECT email FROM users')) ?? []).map((row) => row[0]));
      expect(acknowledged.filter((e) => !stored.has(e))).toEqual([]);
    }
  });
});
