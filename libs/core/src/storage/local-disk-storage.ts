import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { assertStorageKey, ObjectStorage, StoredObjectInfo } from './object-storage';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

/**
 * ObjectStorage in a directory: one file per key (`<dir>/<key>`). Writes go to a temporary file
 * first and are renamed into place, so a reader never sees half a file. The media type is the
 * key's extension's (the callers' keys end in the type they stored).
 */
export class LocalDiskStorage implements ObjectStorage {
  private readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(tmp, data, { flush: true });
      await rename(tmp, file);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<{ info: StoredObjectInfo; body: ReturnType<typeof createReadStream> } | null> {
    const info = await this.stat(key);
    return info ? { info, body: createReadStream(this.pathOf(key)) } : null;
  }

  async stat(key: string): Promise<StoredObjectInfo | null> {
    try {
      const s = await stat(this.pathOf(key));
      if (!s.isFile()) return null;
      return { key, size: s.size, contentType: TYPES[extname(key)] ?? 'application/octet-stream' };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    const file = join(this.root, key);
    if (!file.startsWith(this.root + sep)) throw new RangeError(`storage key ${key} leaves ${this.root}`);
    return file;
  }
}
