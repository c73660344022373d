import { createInflateRaw } from 'node:zlib';

/**
 * Refuses a zip (an XLSX) that would inflate beyond bounds, before any XML parser sees it: reads
 * the central directory, limits the entry count, then inflates every entry once, counting the
 * bytes that come out and stopping as soon as the total passes the limit (declared sizes can lie,
 * so they are not trusted). Returns a reason when the file is refused, null when it is within bounds.
 */
export interface ZipBounds {
  maxEntries: number;
  maxUnzippedBytes: number;
}

export type ZipVerdict = null | 'not-a-zip' | 'too-many-entries' | 'too-large-unzipped' | 'unsupported-compression';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export async function checkZipBounds(data: Buffer, bounds: ZipBounds): Promise<ZipVerdict> {
  const eocd = findEocd(data);
  if (eocd < 0) return 'not-a-zip';
  const entries = data.readUInt16LE(eocd + 10);
  const dirOffset = data.readUInt32LE(eocd + 16);
  if (entries === 0xffff || dirOffset === 0xffffffff) return 'not-a-zip'; // zip64: no spreadsheet needs it
  if (entries > bounds.maxEntries) return 'too-many-entries';
  let total = 0;
  let at = dirOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) return 'not-a-zip';
    const method = data.readUInt16LE(at + 10);
    const compressed = data.readUInt32LE(at + 20);
    const declared = data.readUInt32LE(at + 24);
    const nameLen = data.readUInt16LE(at + 28);
    const extraLen = data.readUInt16LE(at + 30);
    const commentLen = data.readUInt16LE(at + 32);
    const localAt = data.readUInt32LE(at + 42);
    at += 46 + nameLen + extraLen + commentLen;
    if (localAt + 30 > data.length || data.readUInt32LE(localAt) !== LOCAL) return 'not-a-zip';
    const start = localAt + 30 + data.readUInt16LE(localAt + 26) + data.readUInt16LE(localAt + 28);
    if (start + compressed > data.length) return 'not-a-zip';
    if (method === 0) {
      total += compressed;
    } else if (method === 8) {
      const room = bounds.maxUnzippedBytes - total;
      if (declared > room) return 'too-large-unzipped';
      const out = await inflatedLength(data.subarray(start, start + compressed), room);
      if (out === null) return 'too-large-unzipped';
      total += out;
    } else {
      return 'unsupported-compression';
    }
    if (total > bounds.maxUnzippedBytes) return 'too-large-unzipped';
  }
  return null;
}

/** Bytes `raw` inflates to, or null once past `limit` (the inflater is stopped there). A broken stream counts what came out. */
function inflatedLength(raw: Buffer, limit: number): Promise<number | null> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw();
    let n = 0;
    let done = false;
    const finish = (value: number | null) => {
      if (done) return;
      done = true;
      inflater.destroy();
      resolve(value);
    };
    inflater.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > limit) finish(null);
    });
    inflater.on('end', () => finish(n));
    inflater.on('error', () => finish(n));
    inflater.end(raw);
  });
}

function findEocd(data: Buffer): number {
  const min = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= min; i--) if (data.readUInt32LE(i) === EOCD) return i;
  return -1;
}
