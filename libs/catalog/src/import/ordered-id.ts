import { randomFillSync } from 'node:crypto';

/**
 * A time-ordered UUID (RFC 9562 version 7: 48 bits of milliseconds, then random bits) for the rows
 * an import writes. Random (v4) primary keys land all over InnoDB's clustered index, so each batch
 * of a 50,000-row import touches pages across the whole table, which stops fitting in the buffer
 * pool as catalogs grow; ordered ones append at its right edge. Within one millisecond a counter in
 * the random bits keeps them ordered too. Still a UUID to every reader (`IsUUID('all')`).
 */
let lastMs = 0;
let seq = 0;
// Random bytes drawn 8 KB at a time: one system call per 1,000 ids, not per id.
const pool = Buffer.alloc(8192);
let poolAt = pool.length;

export function orderedUuid(now = Date.now()): string {
  if (now <= lastMs) {
    seq++;
  } else {
    lastMs = now;
    seq = 0;
  }
  if (poolAt + 8 > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const b = Buffer.allocUnsafe(16);
  b.writeUIntBE(lastMs, 0, 6);
  // 12 bits of sequence after the version nibble, then the variant and 62 random bits.
  b[6] = 0x70 | ((seq >> 8) & 0x0f);
  b[7] = seq & 0xff;
  b[8] = 0x80 | (pool[poolAt] & 0x3f);
  pool.copy(b, 9, poolAt + 1, poolAt + 8);
  poolAt += 8;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
