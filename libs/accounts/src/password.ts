import bcrypt from 'bcryptjs';

const COST = 10;
/**
 * Compared against when the user does not exist, so timing does not reveal which
 * emails are registered. Made on first use, not at start-up of every process.
 */
let dummyHash: Promise<string> | null = null;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export async function verifyPassword(plain: string, hash: string | null): Promise<boolean> {
  if (hash !== null) return bcrypt.compare(plain, hash);
  dummyHash ??= bcrypt.hash('not-a-real-password', COST);
  await bcrypt.compare(plain, await dummyHash);
  return false;
}
