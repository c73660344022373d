import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U

/**
 * A number people can read out and type as a transfer reference: LF + the UTC date (yymmdd) + 10
 * base32 characters (50 random bits; the unique index catches the rare clash). 18 characters.
 */
export function newOrderNo(now = new Date()): string {
  const d = now.toISOString();
  const date = d.slice(2, 4) + d.slice(5, 7) + d.slice(8, 10);
  const bytes = randomBytes(7);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let tail = '';
  for (let i = 0; i < 10; i++) {
    tail += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return `LF${date}${tail}`;
}
