import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { EmbeddedSaver, SAVE_SPACING_PER_SNAPSHOT, saveDelay, writeFileDurably } from './embedded-saver';
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
    const open = jest.spyOn(fsp, 'open').mockImplementation(async (path, flags, mode) => {
      const handle = await realOpen(path, flags, mode);
      // fs/promises is shared by the jest worker: only this test's own files are recorded.
      if (!String(path).startsWith(d)) return handle;
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
      if (String(from).startsWith(d)) calls.push(`rename ${String(from).replace(d, '')} -> ${String(to).replace(d, '')}`);
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
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

const direct = <T>(work: () => T) => Promise.resolve().then(work);

describe('EmbeddedSaver', () => {
  // The failing-disk cases log errors on purpose.
  beforeAll(() => Logger.overrideLogger(false));

  it('saves a burst of writes once, within the window, with the state after the last write', async () => {
    const file = join(dir(), 'db.sqlite');
    let state = 0;
    const exportDatabase = jest.fn(() => bytes(`state ${state}`));
    const saver = new EmbeddedSaver({ file, windowMs: 50, exportDatabase, exclusive: direct });
    for (let i = 0; i < 100; i++) {
      state = i;
      void saver.markDirty();
    }
    await until(() => saver.stats.saves === 1);
    expect(readFileSync(file, 'utf8')).toBe('state 99');
    await saver.close();
    expect(exportDatabase).toHaveBeenCalledTimes(1);
  });

  it('with a zero window, a write is on disk when markDirty settles', async () => {
    const file = join(dir(), 'db.sqlite');
    let state = 'empty';
    const saver = new EmbeddedSaver({ file, windowMs: 0, exportDatabase: () => bytes(state), exclusive: direct });
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
      exportDatabase: () => bytes(state),
      // The first save has copied 'a' and is still under way when 'b' is written.
      exclusive: async (work) => {
        calls++;
        const copy = work();
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
  });

  it('at close, waits for a save already under way with nothing else to save (a SIGTERM during the first save lost the file)', async () => {
    const file = join(dir(), 'db.sqlite');
    let unblock!: () => void;
    const blocked = new Promise<void>((r) => (unblock = r));
    let copied = false;
    const saver = new EmbeddedSaver({
      file,
      windowMs: 10,
      exportDatabase: () => bytes('演示数据'),
      exclusive: async (work) => {
        const copy = work();
        copied = true;
        await blocked;
        return copy;
      },
    });
    void saver.markDirty();
    await until(() => copied);
    let closed = false;
    const closing = saver.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    unblock();
    await closing;
    expect(readFileSync(file, 'utf8')).toBe('演示数据');
  });

  it('keeps the changes when a save fails, saves them at close, and says so if it still cannot', async () => {
    const file = join(dir(), 'db.sqlite');
    let attempts = 0;
    let disk = 'full';
    const saver = new EmbeddedSaver({
      file,
      windowMs: 10,
      exclusive: direct,
      exportDatabase: () => {
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

    const broken = new EmbeddedSaver({
      file,
      windowMs: 10,
      exclusive: direct,
      exportDatabase: () => {
        throw new Error('disk full');
      },
    });
    void broken.markDirty();
    await expect(broken.close()).rejects.toThrow(/could not be saved/);
    expect(readFileSync(file, 'utf8')).toBe('saved late');
  });
});

describe('saveDelay', () => {
  it('waits the window after a write, and on a large database long enough that copying stays ~2% of the time', () => {
    expect(saveDelay(1000, 5000, null)).toBe(1000);
    // A 4 ms copy (small database): the window decides.
    expect(saveDelay(1000, 5000, { startedAt: 4000, snapshotMs: 4 })).toBe(1000);
    // A 100 ms copy (~70 MB): the next save starts 5 s after the previous one started.
    expect(saveDelay(1000, 5000, { startedAt: 4000, snapshotMs: 100 })).toBe(SAVE_SPACING_PER_SNAPSHOT * 100 - 1000);
    expect(saveDelay(1000, 20_000, { startedAt: 4000, snapshotMs: 100 })).toBe(1000);
    // Zero window: before every acknowledged write, however large.
    expect(saveDelay(0, 5000, { startedAt: 4000, snapshotMs: 100 })).toBe(0);
  });
});
