import bcrypt from 'bcryptjs';
import { randomBytes, scrypt, ScryptOptions, timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';

/**
 * Password hashes: scrypt (RFC 7914) through Node's async `crypto.scrypt`, which runs on libuv's
 * thread pool, so a flood of logins does not stall the event loop that serves HTTP and signalling
 * (bcryptjs, used before, is JavaScript on the main thread: 300 logins held /health for 3 s).
 * scrypt hashes every byte of the password; bcrypt silently ignored everything after 72 bytes
 * (24 Chinese characters).
 *
 * Stored as `scrypt$N$r$p$salt$hash` (salt and hash base64url), so the parameters can be raised
 * later: a hash made with other parameters, or a release-1 bcrypt hash (`$2a$`/`$2b$`), still
 * verifies and reports `needsRehash`, and the login that proves the password stores a new one.
 * The whole string is ~83 characters (users.passwordHash is varchar(100)).
 */
const PARAMS = { N: 16384, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** Bounds for parameters read back from the database: never let a stored string ask for gigabytes. */
const MAX_N = 1 << 20;
const MAX_RP = 64;

export interface PasswordCheck {
  ok: boolean;
  /** The hash is valid but not in the current format or parameters: store a fresh one. */
  needsRehash: boolean;
}

/**
 * Hashes running at once: one core fewer than the machine has (at least one). Off the event loop
 * is not enough on a small machine: four thread-pool threads hashing on two cores leave the
 * event loop a fraction of a core, and file and DNS work queue behind them. Logins beyond this
 * wait their turn (the login rate limits bound how many can wait).
 */
const HASH_CONCURRENCY = Math.max(1, availableParallelism() - 1);
let hashing = 0;
const waiting: (() => void)[] = [];

async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (hashing >= HASH_CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  else hashing++;
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next waiter, or free it.
    const next = waiting.shift();
    if (next) next();
    else hashing--;
  }
}

function derive(plain: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return withHashSlot(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(plain.normalize('NFC'), salt, KEY_BYTES, options, (err, key) => (err ? reject(err) : resolve(key))),
      ),
  );
}

export async function hashPassword(plain: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(plain, salt, PARAMS.N, PARAMS.r, PARAMS.p);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

async function verifyScrypt(plain: string, stored: string): Promise<PasswordCheck> {
  const [, n, r, p, salt, hash] = stored.split('$');
  const [N, R, P] = [Number(n), Number(r), Number(p)];
  const valid = Number.isInteger(N) && N > 1 && N <= MAX_N && (N & (N - 1)) === 0 && R > 0 && R <= MAX_RP && P > 0 && P <= MAX_RP;
  const expected = Buffer.from(hash ?? '', 'base64url');
  if (!valid || !salt || expected.length !== KEY_BYTES) return { ok: false, needsRehash: false };
  const actual = await derive(plain, Buffer.from(salt, 'base64url'), N, R, P);
  const ok = timingSafeEqual(actual, expected);
  return { ok, needsRehash: ok && (N !== PARAMS.N || R !== PARAMS.r || P !== PARAMS.p) };
}

/**
 * Compared against when the user does not exist, so timing does not reveal which emails are
 * registered. Made on first use, not at start-up of every process.
 */
let dummyHash: Promise<string> | null = null;

/** Checks `plain` against a stored hash; with `null` (no such user) spends the same time and fails. */
export async function verifyPassword(plain: string, stored: string | null): Promise<PasswordCheck> {
  if (stored === null) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyScrypt(plain, await dummyHash);
    return { ok: false, needsRehash: false };
  }
  if (stored.startsWith('scrypt$')) return verifyScrypt(plain, stored);
  // Release 1's bcrypt hashes (main-thread JavaScript, only the first 72 bytes count): accepted
  // once more so nobody is locked out, then replaced by the login that proved the password.
  if (/^\$2[aby]\$\d\d\$/.test(stored)) {
    const ok = await bcrypt.compare(plain, stored);
    return { ok, needsRehash: ok };
  }
  return { ok: false, needsRehash: false };
}
