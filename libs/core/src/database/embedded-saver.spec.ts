import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { EmbeddedSaver, writeFileDurably } from './embedded-saver';
// The module object itself (not an import namespace), so its functions can be spied on.
import fsp = require('node:fs/promises');

const dir = () => mkdtempSync(join(tmpdir(), 'lf-saver-'));
const bytes = (s: string) => new TextEncoder().encode(s);

/** Polls until `ok` (no fixed sleeps: the test waits for the behaviour, jest's timeout bounds it). */
async function until(ok: () => boolean): Promise<void> {
  while (!ok()) await new Promise((r) => setTimeout(r, 10));
}

describe('writeFileDurably', () => {
  it('writes a temp file, fsyncs it, renames it over the file, then fsyncs the directory', async () => {
    const d = dir();
    const file = join(d, 'db.sqlite');
    const calls: string[] = [];
    const realOpen = fsp.open;
    const realRename = fsp.rename;
    const open = jest.spyOn(fsp, 'open').mockImplementation(async (path, flags) => {
      const handle = await realOpen(path, flags);
      const name = String(path) === d ? 'dir' : String(path).replace(d, '');
      calls.push(`open ${name}`);
      const sync = handle.sync.bind(handle);
      const writeFile = handle.writeFile.bind(handle);
      const close = handle.close.bind(handle);
      return Object.assign(handle, {
        sync: async () => (calls.push(`sync ${name}`), sync()),
        writeFile: async (data: Uint8Array) => (calls.push(`write ${name}`), writeFile(data)),
        close: async () => (calls.push(`close ${name}`), close()),
      });
    });
    const rename = jest.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
      calls.push(`rename ${String(from).replace(d, '')} -> ${String(to).replace(d, '')}`);
      return realRename(from, to);
    });
    try {
      await writeFileDurably(file, bytes('第二版'));
    } finally {
      open.mockRestore();
      rename.mockRestore();
    }
    expect(calls).toEqual([
      'open /db.sqlite.saving',
      'write /db.sqlite.saving',
      'sync /db.sqlite.saving',
      'close /db.sqlite.saving',
      'rename /db.sqlite.saving -> /db.sqlite',
      'open dir',
      'sync dir',
      'close dir',
    ]);
    expect(readFileSync(file, 'utf8')).toBe('第二版');
  });
});

describe('EmbeddedSaver', () => {
  // The failing-disk cases log errors on purpose.
  beforeAll(() => Logger.overrideLogger(false));

  it('saves a burst of writes once, within the window, with the state after the last write', async () => {
    const file = join(dir(), 'db.sqlite');
    let state = 0;
    const snapshot = jest.fn(async () => bytes(`state ${state}`));
    const saver = new EmbeddedSaver({ file, windowMs: 50, snapshot });
    for (let i = 0; i < 100; i++) {
      state = i;
      void saver.markDirty();
    }
    await until(() => saver.stats.saves === 1);
    expect(readFileSync(file, 'utf8')).toBe('state 99');
    await saver.close();
    expect(snapshot).toHaveBeenCalledTimes(1);
  });

  it('with a zero window, a write is on disk when markDirty settles', async () => {
    const file = join(dir(), 'db.sqlite');
    let state = 'empty';
    const saver = new EmbeddedSaver({ file, windowMs: 0, snapshot: async () => bytes(state) });
    state = 'first';
    await saver.markDirty();
    expect(readFileSync(file, 'utf8')).toBe('first');
    state = 'second';
    await saver.markDirty();
    expect(readFileSync(file, 'utf8')).toBe('second');
    await saver.close();
  });

  it('saves a write made during a save in a later save, and everything at close', async () => {
    const file = join(dir(), 'db.sqlite');
    let state = 'a';
    let unblock!: () => void;
    const blocked = new Promise<void>((r) => (unblock = r));
    let calls = 0;
    const saver = new EmbeddedSaver({
      file,
      windowMs: 20,
      snapshot: async () => {
        calls++;
        const copy = bytes(state);
        if (calls === 1) await blocked;
        return copy;
      },
    });
    void saver.markDirty();
    await until(() => calls === 1);
    state = 'b';
    void saver.markDirty();
    unblock();
    await until(() => saver.stats.saves === 2);
    expect(readFileSync(file, 'utf8')).toBe('b');
    state = 'c';
    void saver.markDirty();
    await saver.close();
    expect(readFileSync(file, 'utf8')).toBe('c');
    expect(saver.stats.saves).toBe(3);
  });

  it('keeps the changes when a save fails, saves them at close, and says so if it still cannot', async () => {
    const file = join(dir(), 'db.sqlite');
    let attempts = 0;
    let disk = 'full';
    const saver = new EmbeddedSaver({
      file,
      windowMs: 10,
      snapshot: async () => {
        attempts++;
        if (disk === 'full') throw new Error('disk full');
        return bytes('saved late');
      },
    });
    void saver.markDirty();
    await until(() => attempts === 1);
    disk = 'ok';
    await saver.close();
    expect(readFileSync(file, 'utf8')).toBe('saved late');

    const broken = new EmbeddedSaver({ file, windowMs: 10, snapshot: async () => Promise.reject(new Error('disk full')) });
    void broken.markDirty();
    await expect(broken.close()).rejects.toThrow(/could not be saved/);
    expect(readFileSync(file, 'utf8')).toBe('saved late');
  });
});
